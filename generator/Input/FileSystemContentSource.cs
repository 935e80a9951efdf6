namespace HealthLibrary.Input;

/// <summary>A content folder on disk.</summary>
public sealed class FileSystemContentSource : IContentSource
{
    private readonly string _root;
    private readonly int _prefixLength;

    public FileSystemContentSource(string root, string? displayRoot = null)
    {
        _root = Path.GetFullPath(root);
        _prefixLength = Path.EndsInDirectorySeparator(_root) ? _root.Length : _root.Length + 1;
        DisplayRoot = displayRoot ?? DisplayName(_root);
    }

    public string DisplayRoot { get; }

    public string Root => _root;

    public bool FileExists(string path) => File.Exists(Resolve(path));

    public bool DirectoryExists(string path) => Directory.Exists(Resolve(path));

    /// <summary>Larger files are refused: no health topic is this long, and reading one could exhaust memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public byte[] ReadBytes(string path)
    {
        var file = new FileInfo(Resolve(path));
        if (file.Length > MaxFileBytes)
        {
            throw new IOException($"it is {file.Length / (1024 * 1024)} MB; files over {MaxFileBytes / (1024 * 1024)} MB are not read");
        }

        // A pipe or device reports no length and opening it could block forever; an empty file has nothing to read.
        return file.Length == 0 ? [] : File.ReadAllBytes(file.FullName);
    }

    public IReadOnlyList<string> SkippedLinks(string directory)
    {
        var skipped = new List<string>();
        Walk(Resolve(directory), null, skipped);
        return skipped;
    }

    public string? FullPath(string path) => Resolve(path);

    public IReadOnlyList<string> ListFiles(string directory)
    {
        var files = new List<string>();
        Walk(Resolve(directory), files, null);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Lists files below a folder. Links to folders are not followed, so a link loop cannot hang the build;
    /// links to files are read like files. Hidden files (.DS_Store, .git) are left out.
    /// </summary>
    private void Walk(string folder, List<string>? files, List<string>? skippedLinks)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, ReturnSpecialDirectories = false };
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            // Both shortcuts matter on large libraries: a link shows in the attributes without reading it, and
            // every entry lies below the root, so its relative path is a slice.
            var relative = entry.FullName[_prefixLength..].Replace('\\', '/');
            var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
            var isFolder = entry is DirectoryInfo || (isLink && Directory.Exists(entry.FullName));
            if (isFolder && isLink)
            {
                skippedLinks?.Add(relative);
            }
            else if (isFolder)
            {
                Walk(entry.FullName, files, skippedLinks);
            }
            else if (!isLink)
            {
                files?.Add(relative);
            }
            else if (File.Exists(entry.FullName) && IsInside(_root, Path.GetFullPath(entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.FullName)))
            {
                files?.Add(relative);
            }
            else
            {
                // A link to a file outside the library would publish that file (say, /etc/passwd) with the site.
                skippedLinks?.Add(relative);
            }
        }
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Resolve(string path) => path.Length == 0 ? _root : Path.Combine(_root, path);

    /// <summary>A path relative to the working folder when the folder is below it, so messages stay short.</summary>
    private static string DisplayName(string root)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, root).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? root.Replace('\\', '/') : relative;
    }
}
