using System.Collections.Concurrent;
using System.Text;

namespace HealthLibrary.Output;

/// <summary>
/// Keeps a built site in memory, for tests. It refuses whatever some disk would: a path written twice, a file
/// where a folder is or the other way round, two paths that differ only in case (one file on macOS and
/// Windows), and paths that are not plain relative ones; so a test on any machine fails where a build would.
/// </summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Every path written and every folder above one, true for folders; compared as a case-insensitive disk would.</summary>
    private readonly Dictionary<string, bool> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(OutputFile file)
    {
        var segments = file.Path.Split('/');
        if (segments.Any(segment => segment is "" or "." or ".."))
        {
            throw new InvalidOperationException($"'{file.Path}' is not a plain relative path");
        }

        lock (_gate)
        {
            for (var i = 1; i < segments.Length; i++)
            {
                var folder = string.Join('/', segments[..i]);
                if (_entries.TryGetValue(folder, out var isFolder) && !isFolder)
                {
                    throw new InvalidOperationException($"{file.Path} needs a folder {folder}, which was written as a file");
                }
            }

            if (_entries.TryGetValue(file.Path, out var existing))
            {
                throw new InvalidOperationException(existing ? $"{file.Path} was written as a file, but it is a folder" : $"{file.Path} was written twice (perhaps in another case)");
            }

            for (var i = 1; i < segments.Length; i++)
            {
                _entries[string.Join('/', segments[..i])] = true;
            }

            _entries[file.Path] = false;
            _files[file.Path] = file.Content.ToArray();
        }
    }

    public string Text(string path) =>
        _files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException($"the build wrote no {path}; it wrote: {string.Join(", ", _files.Keys.Order(StringComparer.Ordinal).Take(40))}");
}
