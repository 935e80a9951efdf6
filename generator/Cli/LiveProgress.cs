using HealthLibrary.Diagnostics;
using Spectre.Console;

namespace HealthLibrary.Cli;

/// <summary>Progress for a terminal: a bar per long stage, drawn by Spectre.Console.</summary>
public sealed class LiveProgress(ProgressContext context) : IBuildProgress
{
    private ProgressTask? _task;

    public void Start(string stage, int steps)
    {
        _task?.StopTask();
        _task = steps >= ConsoleReporter.LongStage ? context.AddTask(stage, maxValue: steps) : null;
    }

    // ProgressTask locks around its value, so render threads may all call this.
    public void Advance() => _task?.Increment(1);
}
