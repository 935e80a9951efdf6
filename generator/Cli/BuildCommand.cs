using System.CommandLine;
using System.Diagnostics;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Cli;

/// <summary><c>build</c>: load, check, render and write the site, replacing the output only when all went well.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site to", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Overrides base_url of site.yml, e.g. https://example.org/health/" };
        var strict = new Option<bool>("--strict") { Description = "Fail the build on warnings too" };
        var searchDocuments = new Option<string?>("--search-documents") { Description = "Also write exactly what was fed to the search index to this JSON file" };
        var searchSplit = new Option<Configuration.SearchSplitMode?>("--search-split") { Description = "Overrides search: split: of site.yml: auto, always or never" };
        var noPrecompress = new Option<bool>("--no-precompress") { Description = "Skip the .gz and .br copies (for hosts that compress on their own, like Netlify)" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took, the CPU time and the peak memory" };
        var command = new Command("build", "Build the library into a static site") { input, output, baseUrl, strict, searchDocuments, searchSplit, noPrecompress, timings };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(output)!,
            new BuildOptions { BaseUrl = parse.GetValue(baseUrl), Strict = parse.GetValue(strict), SearchSplit = parse.GetValue(searchSplit), Precompress = !parse.GetValue(noPrecompress), Timings = parse.GetValue(timings) ? new StageTimings() : null, DerivedFiles = DerivedFileCache.ForUser() },
            ConsoleReporter.CreateDefault(),
            parse.GetValue(searchDocuments)));
        return command;
    }

    /// <summary>File times come from a clock that may lag the system's by a few milliseconds.</summary>
    private static readonly TimeSpan FileClockSlack = TimeSpan.FromMilliseconds(20);

    public static int Run(string inputFolder, string outputFolder, BuildOptions options, ConsoleReporter reporter, string? searchDocumentsFile = null)
    {
        var clock = Stopwatch.StartNew();
        if (CommonOptions.MissingInput(inputFolder, reporter))
        {
            return ExitCode.UsageOrIo;
        }

        if (OutputFolderGuard.Problem(inputFolder, outputFolder) is { } problem)
        {
            reporter.Problem(problem);
            return ExitCode.UsageOrIo;
        }

        var timings = options.Timings ?? new StageTimings();
        var input = new FileSystemContentSource(inputFolder);

        // Same inputs, same generator, same options, and an output nobody touched: the output already is what a
        // build would write, byte for byte, so only its report is repeated.
        // Without a record of the last build there is nothing to compare with: the fingerprint, wanted only for the
        // record this build leaves, is then taken after the library is read, from the hashes of what was read.
        var started = DateTime.UtcNow;
        var cache = BuildCache.Read(outputFolder);
        var readHashes = searchDocumentsFile is null && cache is null ? new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal) : null;
        // The output is checked against the record while the inputs are hashed, each on a core; the check stops when
        // the hashes show a build is needed anyway.
        using var stopChecking = new CancellationTokenSource();
        var checking = searchDocumentsFile is null && cache is not null
            ? Task.Run(() => timings.Time("check output", () => cache.Describes(Path.GetFullPath(outputFolder), stopChecking.Token)))
            : Task.FromResult(false);
        var fingerprinting = searchDocumentsFile is null && cache is not null
            ? Task.FromResult(timings.Time("fingerprint inputs", () => InputFingerprint.Compute(input, options)))
            : Task.FromResult<InputFingerprint.Fingerprint?>(null);
        if (cache is not null && fingerprinting.Result is { } known && cache.Fingerprint == known.Hash && checking.GetAwaiter().GetResult())
        {
            reporter.Report(cache.Diagnostics);
            Finish(reporter, options, clock, outputFolder, cache.Pages, cache.Topics, cache.Diagnostics.Count(d => d.Severity == Severity.Warning), "; nothing had changed");
            return ExitCode.Success;
        }

        // It stops at its next file: nothing reads the old output while the build replaces it.
        stopChecking.Cancel();
        checking.GetAwaiter().GetResult();
        var (site, loaded) = reporter.WithProgress(progress => SiteGenerator.Load(input, options with { Progress = progress, ReadFileHashes = readHashes }));
        if (readHashes is not null && site is not null)
        {
            fingerprinting = Task.Run(() => InputFingerprint.Compute(input, options, readHashes));
        }

        timings.Time("print diagnostics", () => reporter.Report(loaded.Diagnostics));
        if (site is null)
        {
            reporter.Line($"Build failed: {ConsoleReporter.Plural(loaded.Errors, "error")}, {ConsoleReporter.Plural(loaded.Warnings, "warning")}; {outputFolder} was left as it was.");
            return ExitCode.ContentErrors;
        }

        try
        {
            using var sink = timings.Time("clean up and stage", () => new DirectoryOutput(outputFolder));
            var (pages, documents, built) = reporter.WithProgress(progress => SiteGenerator.Build(site, sink, options with { Progress = progress, KeepSearchDocuments = searchDocumentsFile is not null }));
            reporter.Report(built.Diagnostics);
            var warnings = loaded.Warnings + built.Warnings;
            if (!built.Succeeded)
            {
                reporter.Line($"Build failed: {ConsoleReporter.Plural(built.Errors, "error")}, {ConsoleReporter.Plural(warnings, "warning")}; {outputFolder} was left as it was.");
                return ExitCode.ContentErrors;
            }

            timings.Time("swap in, remove old", sink.Commit);
            if (searchDocumentsFile is not null)
            {
                File.WriteAllBytes(searchDocumentsFile, Search.SearchDocumentsFile.Write(documents));
            }

            // A file saved during the build may or may not be in it: then the next build must not be skipped.
            if (fingerprinting.GetAwaiter().GetResult() is { } fingerprint && fingerprint.NewestFile < started - FileClockSlack)
            {
                timings.Time("remember inputs", () => BuildCache.Describe(sink, fingerprint.Hash, pages, site.Model.Topics.Count, [.. loaded.Diagnostics, .. built.Diagnostics]).Write(sink.Output));
            }

            Finish(reporter, options, clock, outputFolder, pages, site.Model.Topics.Count, warnings, "");
            return ExitCode.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"could not write {outputFolder}: {exception.Message}");
            return ExitCode.UsageOrIo;
        }
    }

    private static void Finish(ConsoleReporter reporter, BuildOptions options, Stopwatch clock, string outputFolder, int pages, int topics, int warnings, string note)
    {
        reporter.Line(
            $"Built {ConsoleReporter.Plural(pages, "page")} ({ConsoleReporter.Plural(topics, "topic")}), " +
            $"{ConsoleReporter.Plural(warnings, "warning")} in {clock.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s into {outputFolder}{note}");
        if (options.Timings is not null)
        {
            foreach (var line in options.Timings.Lines())
            {
                reporter.Line(line);
            }
        }
    }
}
