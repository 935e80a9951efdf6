using System.Collections.Concurrent;
using System.Security.Cryptography;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content;

/// <summary>
/// Files an earlier load parsed, keyed by path with a hash of their bytes, so serve re-reads only the files
/// it was told changed and re-parses only those whose bytes did.
/// </summary>
public sealed class ParsedFileCache
{
    private readonly ConcurrentDictionary<string, ParsedFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _stale = new(StringComparer.Ordinal);
    private string _context = "";
    private LoadedSettings? _settings;

    /// <summary>What every cached parse depends on besides its own file, as one hash (see <see cref="BeginLoad"/>).</summary>
    public string Context => _context;

    /// <summary>The paths parsed anew (or seen for the first time) by the last load.</summary>
    public IReadOnlySet<string> Changed { get; private set; } = new HashSet<string>();

    /// <summary>The hash of a file's bytes as the last load read them; empty for a file it could not read.</summary>
    public string HashOf(string path) => _files.TryGetValue(path, out var file) ? file.Hash : "";

    /// <summary>
    /// Marks a path (relative to the input, '/'-separated) as possibly changed. A folder marks every file below it,
    /// because renaming a folder reports the folder alone.
    /// </summary>
    public void Invalidate(string path)
    {
        _stale[path] = 0;
        var prefix = path.TrimEnd('/') + "/";
        foreach (var known in _files.Keys.Where(known => known.StartsWith(prefix, StringComparison.Ordinal)))
        {
            _stale[known] = 0;
        }
    }

    public void InvalidateAll()
    {
        _files.Clear();
        _settings = null;
    }

    /// <summary>
    /// Starts a load. Every parse depends on site.yml, authors.yml and the date, summed up in
    /// <paramref name="context"/>; when it differs from the last load's, nothing cached is kept.
    /// </summary>
    internal void BeginLoad(string context)
    {
        if (context != _context)
        {
            _files.Clear();
            _settings = null;
            _context = context;
        }

        Changed = new HashSet<string>();
    }

    /// <summary>Ends a load: forgets files that are gone and records which ones were parsed anew.</summary>
    internal void EndLoad(IReadOnlyCollection<string> listed, IEnumerable<string> parsed)
    {
        var present = listed.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _files.Keys.Where(path => !present.Contains(path)))
        {
            _files.TryRemove(gone, out _);
        }

        _stale.Clear();
        Changed = parsed.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>site.yml and authors.yml as the last load with the same context read them; the same objects, so later stages can tell nothing changed.</summary>
    internal LoadedSettings? Settings => _settings;

    internal void Keep(LoadedSettings settings) => _settings = settings;

    /// <summary>A parse that is still good without reading the file: known, and not marked as changed since.</summary>
    internal ParsedFile? Unchanged(string path) =>
        !_stale.ContainsKey(path) && _files.TryGetValue(path, out var file) ? file : null;

    /// <summary>A parse of exactly these bytes, when the file was saved without a change.</summary>
    internal ParsedFile? Same(string path, string hash) =>
        _files.TryGetValue(path, out var file) && file.Hash == hash ? file : null;

    internal void Store(string path, ParsedFile file) => _files[path] = file;

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
