using HealthLibrary.Output;

namespace HealthLibrary.Search;

/// <summary>The search stage's files, and the addresses the search page loads: one index and store, or a split index's vocabulary.</summary>
public sealed record SearchOutput(IReadOnlyList<OutputFile> Files, string? IndexUrl, string? StoreUrl, string? SplitUrl);
