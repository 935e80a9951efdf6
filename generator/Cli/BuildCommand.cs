using System.CommandLine;
using System.Diagnostics;
using HealthLibrary.Content;
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
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took, the CPU time and the peak memory" };
        var command = new Command("build", "Build the library into a static site") { input, output, baseUrl, strict, searchDocuments, searchSplit, timings };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(output)!,
            new BuildOptions { BaseUrl = parse.GetValue(baseUrl), Strict = parse.GetValue(strict), SearchSplit = parse.GetValue(searchSplit), Timings = parse.GetValue(timings) ? new StageTimings() : null },
            ConsoleReporter.CreateDefault(),
            parse.GetValue(searchDocuments)));
        return command;
    }

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
        var (site, loaded) = reporter.WithProgress(progress => SiteGenerator.Load(new FileSystemContentSource(inputFolder), options with { Progress = progress }));
        timings.Time("print diagnostics", () => reporter.Report(loaded.Diagnostics));
        if (site is null)
        {
            reporter.Line($"Build failed: {ConsoleReporter.Plural(loaded.Errors, "error")}, {ConsoleReporter.Plural(loaded.Warnings, "warning")}; {outputFolder} was left as it was.");
            return ExitCode.ContentErrors;
        }

        try
        {
            using var sink = timings.Time("clean up and stage", () => new DirectoryOutput(outputFolder));
            var (pages, documents, built) = reporter.WithProgress(progress => SiteGenerator.Build(site, sink, options with { Progress = progress }));
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

            reporter.Line(
                $"Built {ConsoleReporter.Plural(pages, "page")} ({ConsoleReporter.Plural(site.Model.Topics.Count, "topic")}), " +
                $"{ConsoleReporter.Plural(warnings, "warning")} in {clock.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s into {outputFolder}");
            if (options.Timings is not null)
            {
                foreach (var line in options.Timings.Lines())
                {
                    reporter.Line(line);
                }
            }

            return ExitCode.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"could not write {outputFolder}: {exception.Message}");
            return ExitCode.UsageOrIo;
        }
    }
}
