using System.CommandLine;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Cli;

/// <summary><c>check</c>: load and validate everything, write nothing, and report what a reviewer should act on.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var strict = new Option<bool>("--strict") { Description = "Count warnings as failures too" };
        var format = new Option<string>("--format") { Description = "text (tables in a terminal, plain lines in a pipe) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check the library for mistakes and report reviews due, missing references, bad addresses and readability; writes nothing") { input, strict, format };
        command.SetAction(parse => Run(parse.GetValue(input)!, new BuildOptions { Strict = parse.GetValue(strict), DerivedFiles = Output.DerivedFileCache.ForUser() }, ConsoleReporter.CreateDefault(), parse.GetValue(format) == "json"));
        return command;
    }

    public static int Run(string inputFolder, BuildOptions options, ConsoleReporter reporter, bool json = false)
    {
        if (CommonOptions.MissingInput(inputFolder, reporter))
        {
            return ExitCode.UsageOrIo;
        }

        var report = SiteGenerator.Check(new FileSystemContentSource(inputFolder), options);
        var succeeded = report.Errors == 0 && !(options.Strict && report.Warnings > 0);
        if (json)
        {
            reporter.Line(CheckReportWriter.ToJson(report, inputFolder, succeeded));
        }
        else
        {
            reporter.Report(report.Diagnostics);
            CheckReportWriter.WriteText(report, reporter.Output, reporter.Interactive);
            reporter.Line($"Checked {inputFolder}: {ConsoleReporter.Plural(report.Topics, "topic")}, {ConsoleReporter.Plural(report.Errors, "error")}, {ConsoleReporter.Plural(report.Warnings, "warning")}");
        }

        return succeeded ? ExitCode.Success : ExitCode.ContentErrors;
    }
}
