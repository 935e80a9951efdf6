using System.Diagnostics;
using System.Globalization;

namespace HealthLibrary.Pipeline;

/// <summary>How long each stage of one build took, for <c>build --timings</c>: where to look before optimising.</summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long Heap)> _stages = [];

    /// <summary>Runs one stage; its CPU time is the whole process's (all threads, the GC's too) while it ran.</summary>
    public T Time<T>(string stage, Func<T> work)
    {
        var start = _clock.Elapsed;
        var cpu = Environment.CpuUsage.TotalTime;
        try
        {
            return work();
        }
        finally
        {
            lock (_stages)
            {
                _stages.Add((stage, _clock.Elapsed - start, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalMemory(forceFullCollection: false)));
            }
        }
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });

    /// <summary>One line per stage in the order they finished, then the process's totals.</summary>
    public IEnumerable<string> Lines()
    {
        lock (_stages)
        {
            foreach (var (stage, elapsed, cpu, heap) in _stages)
            {
                yield return $"{stage,-26} {Seconds(elapsed),9}, CPU {Seconds(cpu),9}, heap after {heap / (1024 * 1024),5} MB";
            }
        }

        using var process = Process.GetCurrentProcess();
        yield return $"{"total",-26} {Seconds(_clock.Elapsed),9}, CPU {Seconds(process.TotalProcessorTime),9}, " +
            $"peak RSS {process.PeakWorkingSet64 / (1024 * 1024)} MB, allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB, " +
            $"GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s";
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}
