using HealthLibrary.Tests.Support;
using Xunit.Abstractions;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>
/// Valid sites broken at random, thousands of times: the generator must answer every one with diagnostics
/// that point into the files, never an exception or a hang. The seed is fixed, so CI fails the same way
/// everywhere; <c>HEALTHLIB_FUZZ_CASES</c>, <c>HEALTHLIB_FUZZ_SEED</c> and <c>HEALTHLIB_FUZZ_CASE</c> run more,
/// other, or one case again.
/// </summary>
[Slow(SlowGroup.Fuzz)]
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Enough distinct failures to fix several at once, few enough to read.</summary>
    private const int KindsReported = 5;

    [Fact]
    public void Broken_sites_give_diagnostics_never_exceptions_or_hangs()
    {
        var settings = FuzzSettings.FromEnvironment();

        var summary = FuzzCampaign.Run(settings);

        foreach (var (number, elapsed, mutations) in summary.Slowest)
        {
            output.WriteLine($"slow: case {number}, {elapsed.TotalMilliseconds:0} ms: {(mutations.Length > 300 ? mutations[..300] + "…" : mutations)}");
        }

        output.WriteLine(
            $"fuzz: seed {settings.Seed}, {summary.Cases} cases ({summary.Built} built), {summary.Diagnostics} diagnostics, " +
            $"median case {summary.MedianCase.TotalMilliseconds:0} ms, {summary.Elapsed.TotalSeconds:0.0} s ({summary.ProcessorTime.TotalSeconds:0.0} s of processor time)");
        var kinds = summary.Failures.DistinctBy(failure => failure.Kind).Take(KindsReported).ToList();
        Assert.True(
            summary.Failures.Count == 0,
            $"{summary.Failures.Count} failing case(s) of {summary.Failures.DistinctBy(failure => failure.Kind).Count()} kind(s) in {summary.Cases} cases; the first of each kind:\n\n" +
            string.Join("\n", kinds.Select(failure => failure.Report)));
    }
}
