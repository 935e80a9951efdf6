using HealthLibrary.Yaml;


namespace HealthLibrary.Configuration;

/// <summary>The validated settings of site.yml.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    string Theme,
    int ReviewIntervalMonths,
    NavigationScope Navigation,
    bool AllowHtml,
    SearchSplitMode SearchSplit,
    IReadOnlyList<RiskLevel> RiskLevels,
    IReadOnlyList<string>? Categories,
    IReadOnlyDictionary<string, Disclaimer> Disclaimers,
    IReadOnlyList<string> DefaultDisclaimers)
{
    /// <summary>The longest review interval site.yml may set: a century, far beyond any real policy.</summary>
    public const int MaxReviewIntervalMonths = 1200;

    /// <summary>The reading grade above which check warns about a topic (site.yml <c>readability: { max_grade: 9 }</c>); null for no limit.</summary>
    public double? MaxReadingGrade { get; init; }

    /// <summary>Markdown shown at the top of every page (site.yml <c>notice:</c>), such as "this is an example library"; null for none.</summary>
    public string? Notice { get; init; }

    /// <summary>site.yml's <c>urgent_help</c>: the services on /get-help/ and which topics show the box; null when the site has none.</summary>
    public UrgentHelp? UrgentHelp { get; init; }

    /// <summary>site.yml's <c>page_types</c> by id.</summary>
    public IReadOnlyDictionary<string, PageType> PageTypes { get; init; } = new Dictionary<string, PageType>();

    /// <summary>The page type each category gives its topics, by category name; a category without one is absent.</summary>
    public IReadOnlyDictionary<string, string> CategoryTypes { get; init; } = new Dictionary<string, string>();

    /// <summary>The site's icon in assets/ (site.yml <c>icon:</c>), SVG or PNG: the favicon, and the PNGs phones look for.</summary>
    public Located<string>? Icon { get; init; }

    /// <summary>The picture shared with a link to any page (site.yml <c>image:</c>, og:image) unless the page names its own.</summary>
    public Located<string>? Image { get; init; }

    /// <summary>Who publishes the site, named in every page's structured data.</summary>
    public required Publisher Publisher { get; init; }

    public RiskLevel? FindRisk(string id) => RiskLevels.FirstOrDefault(level => level.Id == id);

    /// <summary>When a topic reviewed on <paramref name="lastReviewed"/> is due again; null when that is past the calendar's end (9999).</summary>
    public DateOnly? ReviewDue(DateOnly lastReviewed) =>
        lastReviewed > DateOnly.MaxValue.AddMonths(-ReviewIntervalMonths) ? null : lastReviewed.AddMonths(ReviewIntervalMonths);
}
