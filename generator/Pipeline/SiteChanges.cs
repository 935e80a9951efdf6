namespace HealthLibrary.Pipeline;

/// <summary>What changed since the last build of a live site: paths in the input ('/'-separated), the theme, or anything.</summary>
public sealed record SiteChanges(IReadOnlyCollection<string> Paths, bool Theme = false, bool Everything = false)
{
    public static readonly SiteChanges All = new([], Theme: true, Everything: true);
}
