using System.CommandLine;
using HealthLibrary.Content;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Cli;

/// <summary><c>check</c>: load and validate everything, write nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var strict = new Option<bool>("--strict") { Description = "Count warnings as failures too" };
        var command = new Command("check", "Check the library for mistakes without writing anything") { input, strict };
        command.SetAction(parse => Run(parse.GetValue(input)!, new BuildOptions { Strict = parse.GetValue(strict) }, ConsoleReporter.CreateDefault()));
        return command;
    }

    public static int Run(string inputFolder, BuildOptions options, ConsoleReporter reporter)
    {
        if (CommonOptions.MissingInput(inputFolder, reporter))
        {
            return ExitCode.UsageOrIo;
        }

        var (site, result) = SiteGenerator.Load(new FileSystemContentSource(inputFolder), options);
        reporter.Report(result.Diagnostics);
        var topics = site is null ? "" : $"{ConsoleReporter.Plural(site.Model.Topics.Count, "topic")}, ";
        reporter.Line($"Checked {inputFolder}: {topics}{ConsoleReporter.Plural(result.Errors, "error")}, {ConsoleReporter.Plural(result.Warnings, "warning")}");
        return result.Succeeded ? ExitCode.Success : ExitCode.ContentErrors;
    }
}
