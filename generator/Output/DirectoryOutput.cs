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
    private readonly string? _previous;
    private bool _committed;

    public DirectoryOutput(string output)
    {
        Output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(Output) ?? throw new IOException($"{output} has no parent folder");
        Directory.CreateDirectory(parent);
        RemoveAbandonedStaging(parent, Path.GetFileName(Output));
        _staging = Path.Combine(parent, $"{StagingPrefix(Path.GetFileName(Output))}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
        _previous = File.Exists(Path.Combine(Output, MarkerFile)) ? Output : null;
    }

    public string Output { get; }

    /// <summary>
    /// Folders already made in the staging folder: thousands of search files share one, and making it again for each
    /// was two system calls (mkdir, then a stat to see that it is a folder).
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);

    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Path, long Size)> _written = new();

    /// <summary>Every file written so far, with its size, as a path below the folder.</summary>
    public IReadOnlyCollection<(string Path, long Size)> Written => _written;

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

        // A thread that finds the folder being made by another waits for it.
        _ = _folders.GetOrAdd(Path.GetDirectoryName(full)!, static folder => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(folder))).Value;

        _written.Enqueue((file.Path, file.Content.Length));

        // A file whose bytes did not change is linked from the site being replaced rather than written again:
        // the new folder is still whole on its own, and the old one still whole until the swap.
        if (_previous is not null && SameBytes(Path.Combine(_previous, file.Path), file.Content.Span) && HardLink.TryCreate(Path.Combine(_previous, file.Path), full))
        {
            return;
        }

        // Straight from the caller's bytes, without a FileStream buffer made for every file.
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, file.Content.Span, 0);
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != content.Length)
            {
                return false;
            }

            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                for (long offset = 0; offset < content.Length;)
                {
                    var read = RandomAccess.Read(handle, buffer, offset);
                    if (read == 0 || read > content.Length - offset || !buffer.AsSpan(0, read).SequenceEqual(content.Slice((int)offset, read)))
                    {
                        return false;
                    }

                    offset += read;
                }

                return true;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Swaps the new site in. Where the system can, the two folders are exchanged in one step; otherwise the
    /// old one is moved aside first, and a later build puts it back if this one was killed in between.
    /// </summary>
    public void Commit()
    {
        File.WriteAllText(Path.Combine(_staging, MarkerFile), "Written by healthlib. A build replaces this whole folder.\n");
        if (Directory.Exists(Output) && AtomicExchange.TryExchange(_staging, Output))
        {
            _committed = true;
            Directory.Delete(_staging, recursive: true);
            return;
        }

        var retired = _staging + RetiredSuffix;
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

    private const string RetiredSuffix = ".old";

    private static string StagingPrefix(string name) => $".{name}.staging-";

    /// <summary>Cleans up after builds that were killed: their staging folders go, and a site moved aside comes back.</summary>
    private static void RemoveAbandonedStaging(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        foreach (var folder in Directory.EnumerateDirectories(parent, StagingPrefix(name) + "*").Order(StringComparer.Ordinal))
        {
            var pid = Path.GetFileName(folder)[StagingPrefix(name).Length..].Split('-')[0];
            if (int.TryParse(pid, out var id) && id != Environment.ProcessId && IsRunning(id))
            {
                continue;
            }

            if (folder.EndsWith(RetiredSuffix, StringComparison.Ordinal) && !Directory.Exists(output))
            {
                Directory.Move(folder, output);
                continue;
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
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
