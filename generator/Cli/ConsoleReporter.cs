using HealthLibrary.Diagnostics;
using Spectre.Console;

namespace HealthLibrary.Cli;

/// <summary>Prints diagnostics compiler-style (file:line:col: error CODE: message) and the closing summary line.</summary>
public sealed class ConsoleReporter(IAnsiConsole output, IAnsiConsole errors, TextWriter? plainErrors = null)
{
    public static ConsoleReporter CreateDefault() => new(
        Create(Console.Out, Console.IsOutputRedirected),
        Create(Console.Error, Console.IsErrorRedirected),
        Console.IsErrorRedirected || NoColor ? PlainStandardError() : null);

    /// <summary>
    /// Standard error for plain lines, written in large blocks: Console.Error sends every 256 characters on their own,
    /// and a library with thousands of warnings was then thousands of system calls on the build's one busy core.
    /// <see cref="Report"/> flushes it, so its lines still come before whatever the build says next.
    /// </summary>
    private static TextWriter PlainStandardError() =>
        new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024);

    private static bool NoColor => Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };

    /// <summary>A console that never wraps (a diagnostic stays one line an editor can jump from) and has no colour in pipes.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected || NoColor ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        console.Profile.Width = 100_000;
        return console;
    }

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        if (plainErrors is not null)
        {
            // Without colour the same lines need no markup: a library with thousands of warnings prints them in
            // milliseconds rather than a second.
            var text = new System.Text.StringBuilder();
            foreach (var diagnostic in diagnostics)
            {
                text.Append(diagnostic).Append('\n');
                if (diagnostic.Hint is { } plainHint)
                {
                    text.Append("  hint: ").Append(plainHint).Append('\n');
                }
            }

            plainErrors.Write(text.ToString());
            plainErrors.Flush();
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            // Writers' text goes through Escape: a '[' in a title must not be read as console markup.
            var severity = diagnostic.Severity == Severity.Error ? "[red bold]error[/]" : "[yellow bold]warning[/]";
            errors.MarkupLine($"[bold]{Markup.Escape(diagnostic.Location.ToString())}[/]: {severity} {diagnostic.Code}: {Markup.Escape(diagnostic.Message)}");
            if (diagnostic.Hint is { } hint)
            {
                errors.MarkupLine($"  [dim]hint: {Markup.Escape(hint)}[/]");
            }
        }
    }

    /// <summary>Standard output, for reports that are more than lines (tables).</summary>
    public IAnsiConsole Output => output;

    /// <summary>True when standard output is a terminal a person reads, not a pipe or a file.</summary>
    public bool Interactive => output.Profile.Capabilities.Interactive;

    public void Line(string text) => output.WriteLine(text);

    /// <summary>Stages with fewer steps than this finish too fast for a progress bar to help.</summary>
    public const int LongStage = 500;

    /// <summary>
    /// Runs <paramref name="work"/> with a progress display on standard error: live bars in a terminal, plain lines in
    /// a pipe. Standard output stays for the summary line alone.
    /// </summary>
    public T WithProgress<T>(Func<IBuildProgress, T> work)
    {
        if (!errors.Profile.Capabilities.Interactive)
        {
            return work(new PlainProgress(errors));
        }

        var result = default(T);
        errors.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context => result = work(new LiveProgress(context)));
        return result!;
    }

    public void Problem(string text) => errors.MarkupLine($"[red bold]error[/]: {Markup.Escape(text)}");

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
