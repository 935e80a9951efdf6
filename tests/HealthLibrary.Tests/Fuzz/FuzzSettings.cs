using System.Globalization;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>How much to fuzz: a fixed seed and a CI-sized run by default, more (or one case replayed) from the environment.</summary>
public sealed record FuzzSettings(int Seed, int Cases, int? OnlyCase, TimeSpan StallLimit)
{
    /// <summary>The seed CI runs with, so a failure there is a failure on every machine.</summary>
    public const int DefaultSeed = 20261121;

    /// <summary>Sized to keep the fuzz test under about a minute on a 2-core machine.</summary>
    public const int DefaultCases = 3000;

    public const string SeedVariable = "HEALTHLIB_FUZZ_SEED";
    public const string CasesVariable = "HEALTHLIB_FUZZ_CASES";
    public const string CaseVariable = "HEALTHLIB_FUZZ_CASE";
    public const string StallVariable = "HEALTHLIB_FUZZ_STALL_SECONDS";

    /// <summary>
    /// How long a case may go without reading a file or rendering a page before it counts as hung: far beyond any
    /// step of these small sites, so only a case that has stopped moving reaches it, on however slow a machine.
    /// </summary>
    public const int DefaultStallSeconds = 60;

    public static FuzzSettings FromEnvironment() => new(
        Number(SeedVariable) ?? DefaultSeed,
        Number(CasesVariable) ?? DefaultCases,
        Number(CaseVariable),
        TimeSpan.FromSeconds(Number(StallVariable) ?? DefaultStallSeconds));

    /// <summary>The case numbers to run: all of them, or the one being replayed.</summary>
    public IEnumerable<int> CaseNumbers => OnlyCase is { } only ? [only] : Enumerable.Range(0, Cases);

    /// <summary>The command line that runs exactly one case again.</summary>
    public string ReplayCommand(int caseNumber) =>
        $"{SeedVariable}={Seed} {CaseVariable}={caseNumber} dotnet test tests/HealthLibrary.Tests -c Release --filter FullyQualifiedName~FuzzTests";

    private static int? Number(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A typo in a variable should stop the run, not quietly fuzz with the defaults.
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{variable}='{text}' is not a whole number");
    }
}
