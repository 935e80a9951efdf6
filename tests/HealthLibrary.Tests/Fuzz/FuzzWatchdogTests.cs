namespace HealthLibrary.Tests.Fuzz;

/// <summary>The fuzz test's watchdog fails a case that stops moving, and never one that is only slow.</summary>
public sealed class FuzzWatchdogTests
{
    [Fact]
    public void Work_that_keeps_moving_is_waited_for_past_the_stall_limit()
    {
        var watchdog = new FuzzWatchdog();
        var stallLimit = TimeSpan.FromSeconds(1);
        using var started = new ManualResetEventSlim();
        // A thread of its own: on a busy machine, with every pool thread taken by other tests, a pooled task could
        // start later than the limit and be taken for stalled before it began.
        var work = Task.Factory.StartNew(() =>
        {
            watchdog.Start("Rendering", 20);
            started.Set();
            for (var step = 0; step < 20; step++)
            {
                Thread.Sleep(100);
                watchdog.Advance();
            }
        }, TaskCreationOptions.LongRunning);

        // Twenty steps of 100 ms take twice the limit: only the steps keep the work alive.
        started.Wait();
        Assert.True(watchdog.Wait(work, stallLimit));
    }

    [Fact]
    public void Work_that_stops_moving_is_reported_where_it_stopped()
    {
        var watchdog = new FuzzWatchdog();
        using var release = new ManualResetEventSlim();
        using var stuck = new ManualResetEventSlim();
        watchdog.Enter("Build");
        var work = Task.Run(() =>
        {
            watchdog.Start("Rendering", 5);
            watchdog.Advance();
            watchdog.Advance();
            stuck.Set();
            release.Wait();
        });

        // Watched only once the work has stopped moving: on a busy machine the task may start late.
        stuck.Wait();
        Assert.False(watchdog.Wait(work, TimeSpan.FromMilliseconds(300)));
        Assert.Equal("Build, stage 'Rendering' after 2 of 5 steps", watchdog.Where);
        release.Set();
        Assert.True(watchdog.Wait(work, Timeout.InfiniteTimeSpan));
    }
}
