namespace HealthLibrary.Input;

/// <summary>Read-only access to a folder of writer files (the input or a theme), on disk or in memory for tests.</summary>
public interface IContentSource
{
    /// <summary>How paths are shown to writers, e.g. <c>input</c> gives <c>input/topics/a.md</c>.</summary>
    string DisplayRoot { get; }

    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>The raw bytes of a file; throws <see cref="IOException"/> when it cannot be read.</summary>
    byte[] ReadBytes(string path);

    /// <summary>
    /// The raw bytes of a file <see cref="ReadBytes"/> read before, when it was a file and not too large; throws
    /// <see cref="IOException"/> when it cannot be read.
    /// </summary>
    byte[] ReadBytesAgain(string path) => ReadBytes(path);

    /// <summary>Every file below <paramref name="directory"/> (recursively), as '/'-separated paths, in ordinal order.</summary>
    IReadOnlyList<string> ListFiles(string directory);

    /// <summary>Links below <paramref name="directory"/> that listing did not follow: to folders, or to files outside the library.</summary>
    IReadOnlyList<string> SkippedLinks(string directory) => [];

    /// <summary>The full path on disk, when there is one (for watching and for error messages).</summary>
    string? FullPath(string path);
}
