using System.Collections.Concurrent;
using System.IO.Compression;

namespace HealthLibrary.Benchmarks;

/// <summary>
/// Bytes a host would store and send: each file raw, gzipped (level 6, what servers use on the fly)
/// and brotli-compressed at quality 5 (quality 11 would take minutes on the largest sites).
/// Precompressed .gz and .br copies the generator wrote are left out of the sums.
/// </summary>
public static class SizesTool
{
    public static int Run(string folder)
    {
        var totals = new ConcurrentDictionary<string, (long Files, long Raw, long Gzip, long Brotli)>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".gz", StringComparison.Ordinal) && !file.EndsWith(".br", StringComparison.Ordinal))
            .ToList();
        Parallel.ForEach(files, file =>
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            // The single index and store under search/, or the split index's files under static/search/.
            var kind = (relative.StartsWith("search/", StringComparison.Ordinal) || relative.StartsWith("static/search/", StringComparison.Ordinal))
                && relative.EndsWith(".json", StringComparison.Ordinal) ? "index"
                : relative.EndsWith(".html", StringComparison.Ordinal) ? "html"
                : "other";
            var bytes = File.ReadAllBytes(file);
            var sizes = (1L, (long)bytes.Length, Gzip(bytes), Brotli(bytes, 5));
            foreach (var key in new[] { kind, "all" })
            {
                totals.AddOrUpdate(key, sizes, (_, sum) => (sum.Files + sizes.Item1, sum.Raw + sizes.Item2, sum.Gzip + sizes.Item3, sum.Brotli + sizes.Item4));
            }
        });

        Console.WriteLine("kind\tfiles\traw\tgzip\tbrotli");
        foreach (var kind in new[] { "all", "html", "index", "other" })
        {
            var (count, raw, gzip, brotli) = totals.GetValueOrDefault(kind);
            Console.WriteLine($"{kind}\t{count}\t{raw}\t{gzip}\t{brotli}");
        }

        return 0;
    }

    private static long Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    private static long Brotli(byte[] bytes, int quality)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        return BrotliEncoder.TryCompress(bytes, output, out var written, quality, window: 22) ? written : bytes.Length;
    }
}
