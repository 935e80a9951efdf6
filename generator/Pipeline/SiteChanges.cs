namespace HealthLibrary.Pipeline;

/// <summary>
/// What changed since the last build of a live site: paths in the input ('/'-separated), the theme, or anything.
/// <see cref="FilesMoved"/> says whether files or folders may have been created, deleted or renamed, or only written.
/// </summary>
public sealed record SiteChanges(IReadOnlyCollection<string> Paths, bool Theme = false, bool Everything = false, bool FilesMoved = true)
{
    public static readonly SiteChanges All = new([], Theme: true, Everything: true);
}
