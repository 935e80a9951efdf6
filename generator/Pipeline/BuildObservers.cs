using HealthLibrary.Diagnostics;

namespace HealthLibrary.Pipeline;

/// <summary>Who watches a build go by without changing what it writes: a progress bar, and a record of how long each stage took.</summary>
public sealed record BuildObservers(IBuildProgress? Progress = null, StageTimings? Timings = null)
{
    public static readonly BuildObservers None = new();

    /// <summary>Runs one stage, timed when someone records the times.</summary>
    internal T Time<T>(string stage, Func<T> work) => Timings is null ? work() : Timings.Time(stage, work);

    internal void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}
