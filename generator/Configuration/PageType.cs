namespace HealthLibrary.Configuration;

/// <summary>
/// A kind of topic from site.yml's <c>page_types</c> (condition, medicine): the level-2 sections its pages must and
/// should have, and how its risk badge reads.
/// </summary>
public sealed record PageType(string Id, string Label, IReadOnlyList<string> RequiredSections, IReadOnlyList<string> RecommendedSections, string? RiskWording);
