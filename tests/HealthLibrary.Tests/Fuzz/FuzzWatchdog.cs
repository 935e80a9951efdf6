using System.Diagnostics;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>
/// Tells a hung case from a slow one without timing it: the build reports each file read and page rendered, and a
/// case is hung only when nothing has moved for the stall limit, however long it has taken in all.
/// </summary>
public sealed class FuzzWatchdog : IBuildProgress
{
    private readonly Lock _gate = new();
    private long _beats;
    private string _phase = "starting";
    private string _stage = "";
    private int _done;
    private int _steps;

    /// <summary>Where the case has got to: the phase, the build's stage and its steps done, for the report of a hang.</summary>
    public string Where
    {
        get
        {
            lock (_gate)
            {
                return _stage.Length == 0 ? _phase : $"{_phase}, stage '{_stage}' after {_done} of {_steps} steps";
            }
        }
    }

    /// <summary>Marks the start of a phase of the case (Load, Build): progress, and part of <see cref="Where"/>.</summary>
    public void Enter(string phase)
    {
        lock (_gate)
        {
            (_phase, _stage, _done, _steps) = (phase, "", 0, 0);
        }

        Interlocked.Increment(ref _beats);
    }

    public void Start(string stage, int steps)
    {
        lock (_gate)
        {
            (_stage, _done, _steps) = (stage, 0, steps);
        }

        Interlocked.Increment(ref _beats);
    }

    public void Advance()
    {
        lock (_gate)
        {
            _done++;
        }

        Interlocked.Increment(ref _beats);
    }

    /// <summary>
    /// Waits for <paramref name="work"/> while it makes progress: true once it has ended (faulted too), false when
    /// nothing moved for <paramref name="stallLimit"/>. An infinite limit waits for ever.
    /// </summary>
    public bool Wait(Task work, TimeSpan stallLimit)
    {
        if (stallLimit == Timeout.InfiniteTimeSpan)
        {
            ((IAsyncResult)work).AsyncWaitHandle.WaitOne();
            return true;
        }

        var poll = TimeSpan.FromMilliseconds(Math.Clamp(stallLimit.TotalMilliseconds / 4, 10, 1000));
        var seen = Interlocked.Read(ref _beats);
        var quiet = Stopwatch.StartNew();
        while (!((IAsyncResult)work).AsyncWaitHandle.WaitOne(poll))
        {
            var beats = Interlocked.Read(ref _beats);
            if (beats != seen)
            {
                (seen, quiet) = (beats, Stopwatch.StartNew());
            }
            else if (quiet.Elapsed >= stallLimit)
            {
                return false;
            }
        }

        return true;
    }
}
