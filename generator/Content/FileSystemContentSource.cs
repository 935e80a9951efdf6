namespace HealthLibrary.Content;

/// <summary>A content folder on disk.</summary>
public sealed class FileSystemContentSource : IContentSource
{
    private readonly string _root;

    public FileSystemContentSource(string root, string? displayRoot = null)
    {
        _root = Path.GetFullPath(root);
        DisplayRoot = displayRoot ?? DisplayName(_root);
    }

    public string DisplayRoot { get; }

    public string Root => _root;

    public bool FileExists(string path) => File.Exists(Resolve(path));

    public bool DirectoryExists(string path) => Directory.Exists(Resolve(path));

    public byte[] ReadBytes(string path) => File.ReadAllBytes(Resolve(path));

    public string? FullPath(string path) => Resolve(path);

    public IReadOnlyList<string> ListFiles(string directory)
    {
        var full = Resolve(directory);
        if (!Directory.Exists(full))
        {
            return [];
        }

        // Links are not followed: a link loop in input/ must not hang the build.
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
            ReturnSpecialDirectories = false,
        };
        return Directory.EnumerateFiles(full, "*", options)
            .Select(file => Path.GetRelativePath(_root, file).Replace('\\', '/'))
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
    }

    private string Resolve(string path) => path.Length == 0 ? _root : Path.Combine(_root, path);

    /// <summary>A path relative to the working folder when the folder is below it, so messages stay short.</summary>
    private static string DisplayName(string root)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, root).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? root.Replace('\\', '/') : relative;
    }
}
