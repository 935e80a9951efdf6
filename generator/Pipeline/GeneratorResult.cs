using HealthLibrary.Diagnostics;

namespace HealthLibrary.Pipeline;

/// <summary>The outcome of Load or Build: the problems found, and whether they stop the site from going out.</summary>
public sealed record GeneratorResult(IReadOnlyList<Diagnostic> Diagnostics, bool Strict)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => Errors == 0 && !(Strict && Warnings > 0);
}
