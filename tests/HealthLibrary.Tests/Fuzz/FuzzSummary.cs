namespace HealthLibrary.Tests.Fuzz;

/// <summary>What a run of cases found, and how long its cases took.</summary>
public sealed record FuzzSummary(
    int Cases,
    int Built,
    long Diagnostics,
    TimeSpan Elapsed,
    TimeSpan ProcessorTime,
    IReadOnlyList<FuzzFailure> Failures,
    IReadOnlyList<(int Number, TimeSpan Elapsed, string Mutations)> Slowest,
    TimeSpan MedianCase);
