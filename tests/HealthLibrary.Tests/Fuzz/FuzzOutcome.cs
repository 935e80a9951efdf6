using HealthLibrary.Diagnostics;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>
/// What one case did: the diagnostics it gave and a digest of the files it built, or the exception that
/// escaped, or that it never finished.
/// </summary>
public sealed record FuzzOutcome(IReadOnlyList<Diagnostic> Diagnostics, string? OutputDigest, string? Stage, Exception? Exception, bool TimedOut, TimeSpan Elapsed)
{
    public bool Crashed => Exception is not null || TimedOut;

    public bool Built => OutputDigest is not null;
}
