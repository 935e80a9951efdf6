namespace HealthLibrary.Search;

/// <summary>The addresses the search page loads, once the search stage has written its files: one index and store, or a split index's vocabulary.</summary>
public sealed record SearchOutput(string? IndexUrl, string? StoreUrl, string? SplitUrl);
