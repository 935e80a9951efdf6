using System.Collections.Concurrent;
using System.Text;

namespace HealthLibrary.Output;

/// <summary>
/// Keeps a built site in memory, for tests. It refuses whatever some disk would (see <see cref="OutputLayout"/>),
/// so a test on any machine fails where a build on some machine would.
/// </summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly OutputLayout _layout = new();
    private readonly Lock _gate = new();

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(OutputFile file)
    {
        lock (_gate)
        {
            if (_layout.Claim(file.Path) is { } problem)
            {
                throw new InvalidOperationException(problem);
            }
        }

        _files[file.Path] = file.Content.ToArray();
    }

    public string Text(string path) =>
        _files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException($"the build wrote no {path}; it wrote: {string.Join(", ", _files.Keys.Order(StringComparer.Ordinal).Take(40))}");
}
