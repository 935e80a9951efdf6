using System.Collections.Concurrent;
using System.Text;

namespace HealthLibrary.Output;

/// <summary>Keeps a built site in memory, for tests.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(OutputFile file)
    {
        if (!_files.TryAdd(file.Path, file.Content.ToArray()))
        {
            throw new InvalidOperationException($"{file.Path} was written twice");
        }
    }

    public string Text(string path) =>
        _files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException($"the build wrote no {path}; it wrote: {string.Join(", ", _files.Keys.Order(StringComparer.Ordinal).Take(40))}");
}
