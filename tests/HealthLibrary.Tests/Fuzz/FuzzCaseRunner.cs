using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>Runs one case through Load and, when that succeeds, Build, on a pool thread watched for progress.</summary>
public static class FuzzCaseRunner
{
    /// <summary>The default theme's files, read once, so a case costs parsing and rendering, not disk reads.</summary>
    public static IReadOnlyDictionary<string, byte[]> ThemeFiles { get; } =
        Directory.EnumerateFiles(Repository.DefaultTheme, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(Repository.DefaultTheme, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public static IContentSource Theme { get; } = new MemoryContentSource("themes/default", ThemeFiles);

    /// <summary>Runs the case; it counts as hung when it makes no progress for <paramref name="stallLimit"/>.</summary>
    public static FuzzOutcome Run(FuzzCase fuzzCase, TimeSpan stallLimit)
    {
        var clock = Stopwatch.StartNew();
        var stage = "Load";
        var watchdog = new FuzzWatchdog();
        watchdog.Enter(stage);
        var task = Task.Run<(IReadOnlyList<Diagnostic> Diagnostics, string? Digest)>(() =>
        {
            var input = new MemoryContentSource("input", fuzzCase.Files);
            // Compressing is four fifths of a small build's time and the same whatever the bytes; SearchPipelineTests
            // and the payload tests cover it.
            var options = new BuildOptions { Today = TestBuild.Today, Theme = Theme, BaseUrl = fuzzCase.BaseUrl, Precompress = false };
            var observers = new BuildObservers(Progress: watchdog);
            var (site, loaded) = SiteGenerator.Load(input, options, observers);
            if (site is null)
            {
                return (loaded.Diagnostics, null);
            }

            stage = "Build";
            watchdog.Enter(stage);
            var output = new MemoryOutput();
            var (_, _, built) = SiteGenerator.Build(site, output, options, observers);
            return ([.. loaded.Diagnostics, .. built.Diagnostics], Digest(output));
        });

        try
        {
            if (!watchdog.Wait(task, stallLimit))
            {
                // The task cannot be stopped; it is left running, and the test fails at once.
                return new FuzzOutcome([], null, watchdog.Where, null, Hung: true, clock.Elapsed);
            }

            var (diagnostics, digest) = task.Result;
            return new FuzzOutcome(diagnostics, digest, stage, null, Hung: false, clock.Elapsed);
        }
        catch (AggregateException aggregate)
        {
            var inner = aggregate.Flatten().InnerExceptions;
            return new FuzzOutcome([], null, stage, inner.Count == 1 ? inner[0] : aggregate, Hung: false, clock.Elapsed);
        }
    }

    /// <summary>One hash of every file built, by path, to tell two builds of one input apart.</summary>
    private static string Digest(MemoryOutput output)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in output.Files.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\0"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
