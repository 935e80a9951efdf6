using System.CommandLine;
using System.Diagnostics;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Cli;

/// <summary><c>build</c>: an <see cref="IncrementalBuild"/> of the output folder, replaced only when all went well, reported on the console.</summary>
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
            new BuildOptions { BaseUrl = parse.GetValue(baseUrl), Strict = parse.GetValue(strict), SearchSplit = parse.GetValue(searchSplit), Precompress = !parse.GetValue(noPrecompress), DerivedFiles = DerivedFileCache.ForUser() },
            ConsoleReporter.CreateDefault(),
            parse.GetValue(searchDocuments),
            parse.GetValue(timings) ? new StageTimings() : null));
        return command;
    }

    /// <param name="timings">Where to record how long each stage took (build --timings); null records nothing.</param>
    public static int Run(string inputFolder, string outputFolder, BuildOptions options, ConsoleReporter reporter, string? searchDocumentsFile = null, StageTimings? timings = null)
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

        var observers = new BuildObservers(Timings: timings);
        var build = new IncrementalBuild(new FileSystemContentSource(inputFolder), outputFolder, options with { KeepSearchDocuments = searchDocumentsFile is not null }, observers);
        if (build.Unchanged() is { } last)
        {
            reporter.Report(last.Diagnostics);
            Finish(reporter, timings, clock, outputFolder, last.Pages, last.Topics, last.Diagnostics.Count(d => d.Severity == Severity.Warning), "; nothing had changed");
            return ExitCode.Success;
        }

        var (site, loaded) = reporter.WithProgress(build.Load);
        observers.Time("print diagnostics", () => reporter.Report(loaded.Diagnostics));
        if (site is null)
        {
            reporter.Line($"Build failed: {ConsoleReporter.Plural(loaded.Errors, "error")}, {ConsoleReporter.Plural(loaded.Warnings, "warning")}; {outputFolder} was left as it was.");
            return ExitCode.ContentErrors;
        }

        try
        {
            using var staged = build.Stage();
            var (pages, documents, built) = reporter.WithProgress(progress => build.Build(site, staged, progress));
            reporter.Report(built.Diagnostics);
            var warnings = loaded.Warnings + built.Warnings;
            if (!built.Succeeded)
            {
                reporter.Line($"Build failed: {ConsoleReporter.Plural(built.Errors, "error")}, {ConsoleReporter.Plural(warnings, "warning")}; {outputFolder} was left as it was.");
                return ExitCode.ContentErrors;
            }

            build.Commit(staged, pages, site.Model.Topics.Count, [.. loaded.Diagnostics, .. built.Diagnostics]);
            if (searchDocumentsFile is not null)
            {
                File.WriteAllBytes(searchDocumentsFile, Search.SearchDocumentsFile.Write(documents));
            }

            Finish(reporter, timings, clock, outputFolder, pages, site.Model.Topics.Count, warnings, "");
            return ExitCode.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"could not write {outputFolder}: {exception.Message}");
            return ExitCode.UsageOrIo;
        }
    }

    private static void Finish(ConsoleReporter reporter, StageTimings? timings, Stopwatch clock, string outputFolder, int pages, int topics, int warnings, string note)
    {
        reporter.Line(
            $"Built {ConsoleReporter.Plural(pages, "page")} ({ConsoleReporter.Plural(topics, "topic")}), " +
            $"{ConsoleReporter.Plural(warnings, "warning")} in {clock.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s into {outputFolder}{note}");
        if (timings is not null)
        {
            foreach (var line in timings.Lines())
            {
                reporter.Line(line);
            }
        }
    }
}
