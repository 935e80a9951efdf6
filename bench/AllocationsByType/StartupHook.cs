using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

/// <summary>Loaded by the runtime before Main when named in DOTNET_STARTUP_HOOKS: the type and method names are the runtime's contract.</summary>
internal static class StartupHook
{
    private static AllocationsByType? s_listener;

    public static void Initialize()
    {
        s_listener = new AllocationsByType();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => s_listener.Write(Environment.GetEnvironmentVariable("ALLOCATIONS_OUT") ?? "allocations.txt");
    }
}

/// <summary>Sums the runtime's allocation ticks by the type each one names.</summary>
internal sealed class AllocationsByType : EventListener
{
    private const EventKeywords GC = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GC);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs tick)
    {
        if (tick.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || tick.PayloadNames is not { } names || tick.Payload is not { } payload)
        {
            return;
        }

        var type = names.IndexOf("TypeName") is var at and >= 0 ? payload[at] as string ?? "?" : "?";
        var amount = names.IndexOf("AllocationAmount64") is var size and >= 0 ? Convert.ToInt64(payload[size], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    public void Write(string path)
    {
        var total = _bytes.Values.Sum();
        using var writer = new StreamWriter(path);
        writer.WriteLine($"{total / 1e6:0} MB allocated (sampled)");
        foreach (var (type, bytes) in _bytes.OrderByDescending(pair => pair.Value).Take(40))
        {
            writer.WriteLine($"{bytes / 1e6,8:0.0} MB {100.0 * bytes / total,5:0.0}% {type}");
        }
    }
}
