using System.Text.Json;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Output;

/// <summary>
/// What the last successful build of an output folder was made from (its input fingerprint) and what it reported,
/// kept in a file beside the folder: a build whose fingerprint matches, into a folder nobody touched since, has
/// nothing to do but repeat the report.
/// </summary>
public sealed record BuildCache(
    string Fingerprint,
    long MarkerWriteTicks,
    int Pages,
    int Topics,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<BuildCache.FileEntry> Files)
{
    /// <summary>One file of the output: its path below the folder and its size.</summary>
    public sealed record FileEntry(string Path, long Size);

    /// <summary>Beside the output, not in it, so hosts never publish it: <c>.output.healthlib-cache</c> for <c>output</c>.</summary>
    public static string PathFor(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.healthlib-cache");
    }

    /// <summary>The output of a build that has just been swapped in: the files it wrote, and its marker's time.</summary>
    public static BuildCache Describe(DirectoryOutput written, string fingerprint, int pages, int topics, IReadOnlyList<Diagnostic> diagnostics)
    {
        var marker = Path.Combine(written.Output, DirectoryOutput.MarkerFile);
        var files = written.Written.Select(file => new FileEntry(file.Path, file.Size)).ToList();
        return new BuildCache(fingerprint, File.GetLastWriteTimeUtc(marker).Ticks, pages, topics, diagnostics, files);
    }

    public static BuildCache? Read(string output)
    {
        // A record of a folder that is gone describes nothing: the build is a clean one, and need not wait for the
        // fingerprint before it starts.
        if (!Directory.Exists(output))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(PathFor(output)), BuildCacheJson.Relaxed.BuildCache);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Serializes a small record and throws it away, so that the serializer's code is compiled while the pages render
    /// rather than after them, when nothing else is left to run beside it.
    /// </summary>
    public static void Prepare() =>
        JsonSerializer.SerializeToUtf8Bytes(
            new BuildCache("", 0, 0, 0, [new Diagnostic(Severity.Warning, "", new SourceLocation("", 1, 1), "", "")], [new FileEntry("", 0)]),
            BuildCacheJson.Relaxed.BuildCache);

    /// <summary>Written whole under another name and then renamed, so a killed build leaves the old cache or none.</summary>
    public void Write(string output)
    {
        var path = PathFor(output);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, BuildCacheJson.Relaxed.BuildCache));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// True when the folder is still exactly what this build left: the same marker (a later build writes a new one),
    /// the same files with the same sizes, and none written after the marker. False as soon as <paramref name="stop"/> is
    /// cancelled.
    /// </summary>
    public bool Describes(string output, CancellationToken stop = default)
    {
        var marker = new FileInfo(Path.Combine(output, DirectoryOutput.MarkerFile));
        if (!marker.Exists || marker.LastWriteTimeUtc.Ticks != MarkerWriteTicks)
        {
            return false;
        }

        var expected = Files.ToDictionary(file => file.Path, file => file.Size, StringComparer.Ordinal);
        var seen = 0;
        foreach (var (path, size, written) in FilesIn(output))
        {
            if (stop.IsCancellationRequested || !expected.TryGetValue(path, out var expectedSize) || expectedSize != size || written > MarkerWriteTicks)
            {
                return false;
            }

            seen++;
        }

        return seen == expected.Count;
    }

    private static IEnumerable<(string Path, long Size, long WriteTicks)> FilesIn(string output)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return new System.IO.Enumeration.FileSystemEnumerable<(string, long, long)>(
            output,
            (ref System.IO.Enumeration.FileSystemEntry entry) => (
                Path.GetRelativePath(output, entry.ToFullPath()).Replace('\\', '/'),
                entry.Length,
                entry.LastWriteTimeUtc.UtcTicks),
            options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory && entry.FileName is not DirectoryOutput.MarkerFile,
        };
    }
}
