using HealthLibrary.Diagnostics;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>
/// What one case did: the diagnostics it gave and a digest of the files it built, or the exception that
/// escaped, or that it stopped making progress (and where: <see cref="Stage"/>).
/// </summary>
public sealed record FuzzOutcome(IReadOnlyList<Diagnostic> Diagnostics, string? OutputDigest, string? Stage, Exception? Exception, bool Hung, TimeSpan Elapsed)
{
    public bool Crashed => Exception is not null || Hung;

    public bool Built => OutputDigest is not null;
}
