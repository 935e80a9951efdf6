using System.Diagnostics;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>Runs the cases of one seed on a worker thread per core and gathers what they found.</summary>
public static class FuzzCampaign
{
    /// <summary>Failing cases to gather before stopping: enough to show several kinds, and not to run on for long.</summary>
    private const int FailuresBeforeStopping = 50;

    private const int SlowestShown = 10;

    /// <summary>One case in this many runs twice, to check that the same input gives the same diagnostics and bytes.</summary>
    private const int DeterminismSample = 25;

    /// <summary>
    /// The file that names the case a worker is running, for the one failure no report can follow: a stack
    /// overflow ends the test process, and these files then say which cases were running.
    /// </summary>
    public static string ProgressFile(int worker) => Path.Combine(Path.GetTempPath(), $"healthlib-fuzz-worker-{worker}.txt");

    public static FuzzSummary Run(FuzzSettings settings)
    {
        WarmUp();
        var clock = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var numbers = settings.CaseNumbers.ToList();
        var failures = new List<FuzzFailure>();
        var times = new List<(int Number, TimeSpan Elapsed, string Mutations)>();
        var (next, built, diagnostics, stop) = (-1, 0, 0L, false);
        var gate = new Lock();

        void Work(int worker)
        {
            while (!Volatile.Read(ref stop))
            {
                var index = Interlocked.Increment(ref next);
                if (index >= numbers.Count)
                {
                    return;
                }

                var fuzzCase = SiteMutator.Create(settings.Seed, numbers[index]);
                File.WriteAllText(ProgressFile(worker), $"seed {settings.Seed}, case {fuzzCase.Number}\n{string.Join('\n', fuzzCase.Mutations)}\n{settings.ReplayCommand(fuzzCase.Number)}\n");
                var outcome = FuzzCaseRunner.Run(fuzzCase, settings.StallLimit);

                var violations = outcome.Crashed ? [] : DiagnosticInvariants.Violations(outcome, fuzzCase.Files);
                if (!outcome.Crashed && fuzzCase.Number % DeterminismSample == 0)
                {
                    violations = [.. violations, .. Determinism(outcome, FuzzCaseRunner.Run(fuzzCase, settings.StallLimit))];
                }

                lock (gate)
                {
                    built += outcome.Built ? 1 : 0;
                    diagnostics += outcome.Diagnostics.Count;
                    times.Add((fuzzCase.Number, outcome.Elapsed, string.Join("; ", fuzzCase.Mutations)));
                    if (outcome.Crashed || violations.Count > 0)
                    {
                        failures.Add(new FuzzFailure(fuzzCase.Number, Kind(outcome, violations), FuzzReport.Describe(fuzzCase, outcome, violations, settings), outcome.Hung));
                        // A hung case keeps its thread busy, so the run stops rather than time the rest against it.
                        stop |= outcome.Hung || failures.Count >= FailuresBeforeStopping;
                    }
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(int.TryParse(Environment.GetEnvironmentVariable("HEALTHLIB_FUZZ_WORKERS"), out var w) ? w : Environment.ProcessorCount, numbers.Count)))
            .Select(worker => new Thread(() => Work(worker)) { IsBackground = true, Name = $"fuzz worker {worker}" })
            .ToList();
        workers.ForEach(thread => thread.Start());
        workers.ForEach(thread => thread.Join());

        var sorted = times.OrderBy(time => time.Elapsed).ToList();
        return new FuzzSummary(
            times.Count,
            built,
            diagnostics,
            clock.Elapsed,
            Process.GetCurrentProcess().TotalProcessorTime - processor,
            failures.OrderBy(failure => failure.Number).ToList(),
            sorted.AsEnumerable().Reverse().Take(SlowestShown).ToList(),
            sorted.Count == 0 ? TimeSpan.Zero : sorted[sorted.Count / 2].Elapsed);
    }

    /// <summary>
    /// Builds each seed site unbroken, untimed, before any case: the first build pays for compiling the code and
    /// the theme, which is no case's fault. The seeds must build cleanly, or every case would test less than it seems.
    /// </summary>
    private static void WarmUp()
    {
        foreach (var site in SeedSite.All)
        {
            var outcome = FuzzCaseRunner.Run(new FuzzCase(0, -1, site.Name, site.Files, [], [], null), Timeout.InfiniteTimeSpan);
            var errors = outcome.Diagnostics.Where(diagnostic => diagnostic.Severity == HealthLibrary.Diagnostics.Severity.Error).ToList();
            if (outcome.Crashed || !outcome.Built || errors.Count > 0)
            {
                throw new InvalidOperationException($"the {site.Name} seed site does not build cleanly: {outcome.Exception?.Message ?? string.Join("; ", errors)}");
            }
        }
    }

    private static IEnumerable<string> Determinism(FuzzOutcome first, FuzzOutcome second)
    {
        if (second.Crashed)
        {
            yield return $"the same input crashed the second time: {second.Exception?.GetType().Name ?? "it hung"}";
            yield break;
        }

        var (one, two) = (first.Diagnostics.Select(Line).ToList(), second.Diagnostics.Select(Line).ToList());
        if (!one.SequenceEqual(two))
        {
            var difference = one.Except(two).Concat(two.Except(one)).FirstOrDefault() ?? "the same diagnostics in another order";
            yield return $"the same input gave other diagnostics: {difference}";
        }

        if (first.OutputDigest != second.OutputDigest)
        {
            yield return "the same input built other bytes: " + (first.OutputDigest ?? "nothing") + " then " + (second.OutputDigest ?? "nothing");
        }
    }

    private static string Line(HealthLibrary.Diagnostics.Diagnostic diagnostic) => $"{diagnostic} ({diagnostic.Hint})";

    /// <summary>The kind of failure, without what varies from case to case, so each bug is reported once.</summary>
    private static string Kind(FuzzOutcome outcome, IReadOnlyList<string> violations)
    {
        if (outcome.Hung)
        {
            return "hang";
        }

        if (outcome.Exception is { } exception)
        {
            var frame = exception.StackTrace?.Split('\n').FirstOrDefault(line => line.Contains("HealthLibrary", StringComparison.Ordinal))
                ?? exception.StackTrace?.Split('\n').FirstOrDefault();
            return exception.GetType().FullName + " " + frame?.Trim();
        }

        return string.Join("|", violations.Select(violation => violation.Split(": ")[0]).Distinct());
    }
}
