using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using HealthLibrary.Configuration;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Rendering;

namespace HealthLibrary.Pipeline;

/// <summary>
/// A SHA-256 of everything a build's output is made from: every file of the library and of its theme (path and
/// bytes), the generator itself, and the options. Two builds with one fingerprint write the same bytes.
/// </summary>
public static class InputFingerprint
{
    /// <summary>The hash, and the time the newest of the files was last written.</summary>
    public sealed record Fingerprint(string Hash, DateTime NewestFile);

    /// <summary>
    /// The fingerprint, or null when it cannot be told cheaply (a theme given in memory, an unreadable site.yml).
    /// <paramref name="read"/> gives the SHA-256 of library files already read, by path: they are not read again.
    /// </summary>
    public static Fingerprint? Compute(FileSystemContentSource input, BuildOptions options, IReadOnlyDictionary<string, byte[]>? read = null)
    {
        if (options.Theme is not null)
        {
            return null;
        }

        var config = SiteConfigReader.Read(input, new DiagnosticBag(), options.BaseUrl);
        var themeFolder = config is null ? null : ThemeLocator.Find(config.Theme, input.Root, out _);
        if (themeFolder is null)
        {
            return null;
        }

        var theme = new FileSystemContentSource(themeFolder);
        var files = input.ListFiles("").Select(path => (Source: (IContentSource)input, Prefix: "input/", Path: path))
            .Concat(theme.ListFiles("").Select(path => (Source: (IContentSource)theme, Prefix: "theme/", Path: path)))
            .ToList();

        // Each file's own hash first, on every core; then one hash over the names and those hashes, in order.
        var hashes = new byte[files.Count][];
        var newest = new long[files.Count];
        try
        {
            Parallel.For(0, files.Count, i =>
            {
                // The time first: a file saved while it is read then looks newer than the build, never older.
                newest[i] = files[i].Source.FullPath(files[i].Path) is { } full ? File.GetLastWriteTimeUtc(full).Ticks : DateTime.MaxValue.Ticks;
                hashes[i] = read is not null && ReferenceEquals(files[i].Source, input) && read.TryGetValue(files[i].Path, out var known)
                    ? known
                    : SHA256.HashData(files[i].Source.ReadBytes(files[i].Path));
            });
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException))
        {
            // The build itself reports unreadable files, with their names.
            return null;
        }

        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(all, "healthlib " + typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Add(all, $"base-url {options.BaseUrl}\nstrict {options.Strict}\nsearch-split {options.SearchSplit}\nprecompress {options.Precompress}\ntoday {options.Today:yyyy-MM-dd}\ntheme {themeFolder}");
        for (var i = 0; i < files.Count; i++)
        {
            Add(all, files[i].Prefix + files[i].Path);
            all.AppendData(hashes[i]);
        }

        return new Fingerprint(Convert.ToHexStringLower(all.GetHashAndReset()), new DateTime(newest.DefaultIfEmpty().Max(), DateTimeKind.Utc));
    }

    private static void Add(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
