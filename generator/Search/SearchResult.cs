namespace HealthLibrary.Search;

/// <summary>What a search result shows (the store entry): no more than a results list needs, to keep the store small.</summary>
public sealed record SearchResult(string Title, string Url, string Summary, string? Risk, string? RiskLabel, string? Category);
