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

    /// <summary>
    /// Without <see cref="ReadBytes"/>'s checks of the file's kind and size, which the first read made: a build reads
    /// each body again when its page renders, and the checks were two system calls a topic on a busy core. A file
    /// replaced since by another fails the caller's check of its hash; one replaced by a pipe while the build runs
    /// would wait for a writer.
    /// </summary>
    public byte[] ReadBytesAgain(string path) => File.ReadAllBytes(Resolve(path));

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
    /// <remarks>
    /// Whether an entry is a folder or a link is read from the folder's own listing, not asked of each file: a
    /// library's walk was a system call per file (two, with the owner check that came with it), and walks are made
    /// on the build's one busy core before the topics are read. The listing marks links only when asked to skip
    /// them, so the folder is listed once without its links and counted whole; only when the counts differ is it
    /// listed whole, and what that adds is links.
    /// </remarks>
    private void Walk(string folder, List<string>? files, List<string>? skippedLinks)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var withoutLinks = Entries(folder, FileAttributes.ReparsePoint);
        foreach (var (path, isFolder) in withoutLinks)
        {
            if (isFolder)
            {
                Walk(path, files, skippedLinks);
            }
            else
            {
                files?.Add(path[_prefixLength..].Replace('\\', '/'));
            }
        }

        // Nearly every folder holds no link: the whole listing is then counted, not kept.
        if (Listing(folder, 0, static (ref System.IO.Enumeration.FileSystemEntry _) => true).Count() == withoutLinks.Count)
        {
            return;
        }

        var notLinks = new HashSet<string>(withoutLinks.Select(entry => entry.Path), StringComparer.Ordinal);
        foreach (var (path, _) in Entries(folder, 0).Where(entry => !notLinks.Contains(entry.Path)))
        {
            var relative = path[_prefixLength..].Replace('\\', '/');
            if (Directory.Exists(path))
            {
                skippedLinks?.Add(relative);
            }
            else if (File.Exists(path) && IsInside(_root, Path.GetFullPath(File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path)))
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

    /// <summary>The folder's entries but hidden ones, with whether each is a folder, leaving out those with <paramref name="skip"/>.</summary>
    private static List<(string Path, bool IsFolder)> Entries(string folder, FileAttributes skip) =>
        [.. Listing(folder, skip, static (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory))];

    private static System.IO.Enumeration.FileSystemEnumerable<T> Listing<T>(string folder, FileAttributes skip, System.IO.Enumeration.FileSystemEnumerable<T>.FindTransform transform) =>
        new(folder, transform, new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = skip, ReturnSpecialDirectories = false })
        {
            ShouldIncludePredicate = static (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
        };

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
