using System.Text.Json;
using System.Threading.Channels;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Cli.Serve;

/// <summary>
/// Tells open pages what happened, as server-sent events: <c>reload</c> after a good build, <c>errors</c> (each
/// diagnostic with its file, line and column) after a failed one. A page that connects while the library has errors
/// is sent them at once.
/// </summary>
public sealed class ReloadEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private string? _errors;
    private int _version;

    public int Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>The diagnostics of the last failed build as the <c>errors</c> event's JSON, or null after a good build.</summary>
    public string? Errors
    {
        get
        {
            lock (_gate)
            {
                return _errors;
            }
        }
    }

    public void Reload(int version)
    {
        lock (_gate)
        {
            _version = version;
            _errors = null;
            Send(Message("reload", JsonSerializer.Serialize(new { version })));
        }
    }

    public void Failed(IEnumerable<Diagnostic> diagnostics)
    {
        var json = JsonSerializer.Serialize(new
        {
            diagnostics = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => new
            {
                file = d.File,
                line = d.Line,
                column = d.Column,
                severity = "error",
                code = d.Code,
                message = d.Message,
                hint = d.Hint,
            }),
        });
        lock (_gate)
        {
            _errors = json;
            Send(Message("errors", json));
        }
    }

    /// <summary>Starts listening: the channel first gets a hello with the build's version, then any errors, then what comes.</summary>
    public ChannelReader<string> Listen()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            channel.Writer.TryWrite(Message("hello", JsonSerializer.Serialize(new { version = _version })));
            if (_errors is not null)
            {
                channel.Writer.TryWrite(Message("errors", _errors));
            }

            _listeners.Add(channel);
        }

        return channel.Reader;
    }

    public void Leave(ChannelReader<string> reader)
    {
        lock (_gate)
        {
            _listeners.RemoveAll(channel => channel.Reader == reader);
        }
    }

    private void Send(string message)
    {
        foreach (var channel in _listeners)
        {
            channel.Writer.TryWrite(message);
        }
    }

    /// <summary>One event in the text/event-stream format; JSON has no raw new lines, so it fits one data line.</summary>
    private static string Message(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
