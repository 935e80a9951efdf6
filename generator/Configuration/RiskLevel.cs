namespace HealthLibrary.Configuration;

/// <summary>One step of the site's risk scale, lowest first, with the disclaimers it brings.</summary>
public sealed record RiskLevel(string Id, string Label, string Description, IReadOnlyList<string> DisclaimerIds, int Rank);
