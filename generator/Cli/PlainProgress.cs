using System.Globalization;
using HealthLibrary.Diagnostics;
using Spectre.Console;

namespace HealthLibrary.Cli;

/// <summary>Progress for a pipe or a log: a line when a long stage starts and at each quarter, no cursor movement, no colour.</summary>
public sealed class PlainProgress(IAnsiConsole console) : IBuildProgress
{
    private string _stage = "";
    private int _steps;
    private int _done;

    public void Start(string stage, int steps)
    {
        (_stage, _steps, _done) = (stage, steps, 0);
        if (steps >= ConsoleReporter.LongStage)
        {
            console.WriteLine($"{stage} {steps.ToString(CultureInfo.InvariantCulture)} {(stage == "Reading" ? "files" : "pages")}");
        }
    }

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        var steps = _steps;
        if (steps >= ConsoleReporter.LongStage && done < steps && done * 4 / steps != (done - 1) * 4 / steps)
        {
            console.WriteLine($"{_stage}: {(done * 4 / steps * 25).ToString(CultureInfo.InvariantCulture)}%");
        }
    }
}
