using System.Collections.Concurrent;

namespace HealthLibrary.Input;

/// <summary>
/// A content source that remembers what its folders list until told files may have come or gone. serve uses it:
/// listing a large library's folders costs more than the rest of a rebuild after an editor saves one file in place.
/// </summary>
public sealed class ListedContentSource(IContentSource inner) : IContentSource
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _skipped = new(StringComparer.Ordinal);

    public string DisplayRoot => inner.DisplayRoot;

    /// <summary>Forgets every listing; call it when a file or folder was created, deleted or renamed.</summary>
    public void Forget()
    {
        _files.Clear();
        _skipped.Clear();
    }

    public IReadOnlyList<string> ListFiles(string directory) => _files.GetOrAdd(directory, inner.ListFiles);

    public IReadOnlyList<string> SkippedLinks(string directory) => _skipped.GetOrAdd(directory, inner.SkippedLinks);

    public bool FileExists(string path) => inner.FileExists(path);

    public bool DirectoryExists(string path) => inner.DirectoryExists(path);

    public byte[] ReadBytes(string path) => inner.ReadBytes(path);

    public byte[] ReadBytesAgain(string path) => inner.ReadBytesAgain(path);

    public string? FullPath(string path) => inner.FullPath(path);
}
