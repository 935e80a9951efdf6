namespace HealthLibrary.Tests.Fuzz;

/// <summary>One generated input: a seed site with some files broken, and what was done to them.</summary>
public sealed record FuzzCase(
    int Seed,
    int Number,
    string SiteName,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyList<string> Mutations,
    IReadOnlyList<string> MutatedFiles,
    string? BaseUrl);
