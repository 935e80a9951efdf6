using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>
/// One file the build writes: what it is, its address, its path in the output, and what it is about (a Topic, Page,
/// Category, Tag, RiskLevel, Author or UrgentHelp for their pages, an Alias for a redirect; null otherwise).
/// </summary>
public sealed record PlannedFile(SiteFileKind Kind, string Url, string Path, object? Subject = null)
{
    /// <summary>True for a page rendered through the theme; false for redirects, the sitemap, the feed and the other files made whole.</summary>
    public bool IsPage => Kind <= SiteFileKind.Page;

    /// <summary>The topic or page the file is made from, if any.</summary>
    public WrittenPage? Written => Subject as WrittenPage;
}
