namespace HealthLibrary.Output;

/// <summary>
/// Writes a site into a fresh folder beside the output and swaps it in only when the build succeeds,
/// so a failed or interrupted build leaves the previous site as it was.
/// </summary>
public sealed class DirectoryOutput : IOutputSink, IDisposable
{
    /// <summary>Written into every output folder so a later build knows the folder is ours to replace.</summary>
    public const string MarkerFile = ".healthlib-output";

    private readonly string _staging;
    private bool _committed;

    public DirectoryOutput(string output)
    {
        Output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(Output) ?? throw new IOException($"{output} has no parent folder");
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{Path.GetFileName(Output)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
    }

    public string Output { get; }

    /// <summary>True when the folder is absent, empty, or was written by an earlier build (it has our marker).</summary>
    public static bool IsReplaceable(string output) =>
        !Directory.Exists(output) || File.Exists(Path.Combine(output, MarkerFile)) || !Directory.EnumerateFileSystemEntries(output).Any();

    public void Write(OutputFile file)
    {
        var full = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!full.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write {file.Path} outside the output folder");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        stream.Write(file.Content.Span);
    }

    /// <summary>Swaps the new site in: old folder aside, new folder in place, old folder removed.</summary>
    public void Commit()
    {
        File.WriteAllText(Path.Combine(_staging, MarkerFile), "Written by healthlib. A build replaces this whole folder.\n");
        var retired = _staging + ".old";
        if (Directory.Exists(Output))
        {
            Directory.Move(Output, retired);
        }

        Directory.Move(_staging, Output);
        _committed = true;
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
