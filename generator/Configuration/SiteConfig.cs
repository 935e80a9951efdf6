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
    /// <summary>The path part of base_url, always with a leading and trailing slash: "/" or "/health/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public RiskLevel? FindRisk(string id) => RiskLevels.FirstOrDefault(level => level.Id == id);
}
