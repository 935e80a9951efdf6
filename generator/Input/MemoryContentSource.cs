using System.Text;

namespace HealthLibrary.Input;

/// <summary>A content folder held in memory, for tests and for sites written as one string.</summary>
public sealed class MemoryContentSource(string displayRoot, IReadOnlyDictionary<string, byte[]> files) : IContentSource
{
    public MemoryContentSource(string displayRoot, IReadOnlyDictionary<string, string> files)
        : this(displayRoot, files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value), StringComparer.Ordinal))
    {
    }

    public string DisplayRoot => displayRoot;

    public bool FileExists(string path) => files.ContainsKey(path);

    public bool DirectoryExists(string path) => path.Length == 0 || files.Keys.Any(f => f.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal));

    public byte[] ReadBytes(string path) =>
        files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException($"no file {path}", path);

    public IReadOnlyList<string> ListFiles(string directory)
    {
        var prefix = directory.Length == 0 ? "" : directory.TrimEnd('/') + "/";
        return files.Keys.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    public string? FullPath(string path) => null;
}
