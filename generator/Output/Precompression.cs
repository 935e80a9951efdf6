using System.IO.Compression;

namespace HealthLibrary.Output;

/// <summary>Writes .gz and .br beside a file, for hosts that serve precompressed files as they are.</summary>
public static class Precompression
{
    /// <summary>Above this size the strongest settings cost seconds for a few percent; use the balanced ones.</summary>
    private const int LargeFile = 256 * 1024;

    /// <summary>
    /// Above this size (the single search index of a library of thousands of topics) even the balanced settings
    /// cost seconds: for a 68 MB index, gzip's default level and brotli's balanced quality 4 took 1.3 s and 2.5 s,
    /// where the fast settings below take under a second, for files a few percent larger.
    /// </summary>
    private const int HugeFile = 8 * 1024 * 1024;

    /// <summary>
    /// Fast settings (gzip level 2, brotli quality 2) for a huge file and for the split index's shards, store and
    /// title files, which are many files fetched a few at a time. For the 1,531 such files (27.0 MB) of a
    /// 10,000-topic library, brotli took 48 s at its strongest quality for 8.9 MB, 0.58 s at its balanced quality 4
    /// for 10.48 MB and 0.29-0.34 s at quality 2 for 10.57 MB; gzip 0.62 s at its default level for 10.80 MB,
    /// 0.41-0.51 s at level 4 for 10.86 MB and 0.29 s at level 2 for 11.19 MB. Brotli is what browsers take when a
    /// host offers both; gzip is the fallback, where 3% more bytes cost less than the half second of every build.
    /// </summary>
    private static bool Fast(OutputFile file) => file.OneOfMany || file.Content.Length > HugeFile;

    /// <summary>The strongest settings for what every visit or search fetches: scripts, styles, the vocabulary, a small single index.</summary>
    private static bool Strongest(OutputFile file) => file.Content.Length <= LargeFile;

    /// <summary>Scripts, styles, SVG and the search files: text a browser fetches and a host may not compress on its own.</summary>
    public static bool Applies(string path) =>
        path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal)
        || path.EndsWith(".svg", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal);

    /// <summary>The file, then its .gz and .br when <see cref="Applies"/>; the two are made side by side for a large file.</summary>
    public static IReadOnlyList<OutputFile> WithSiblings(OutputFile file)
    {
        if (!Applies(file.Path))
        {
            return [file];
        }

        if (file.Content.Length <= LargeFile)
        {
            return [file, Gzip(file), Brotli(file)];
        }

        OutputFile? gzip = null, brotli = null;
        Parallel.Invoke(() => gzip = Gzip(file), () => brotli = Brotli(file));
        return [file, gzip!, brotli!];
    }

    public static OutputFile Gzip(OutputFile file)
    {
        return new OutputFile(file.Path + ".gz", Compress(file.Content, stream => Fast(file)
            ? new GZipStream(stream, new ZLibCompressionOptions { CompressionLevel = 2 }, leaveOpen: true)
            : new GZipStream(stream, Strongest(file) ? CompressionLevel.SmallestSize : CompressionLevel.Optimal, leaveOpen: true)));
    }

    public static OutputFile Brotli(OutputFile file)
    {
        return new OutputFile(file.Path + ".br", Compress(file.Content, stream => Fast(file)
            ? new BrotliStream(stream, new BrotliCompressionOptions { Quality = 2 }, leaveOpen: true)
            : new BrotliStream(stream, Strongest(file) ? CompressionLevel.SmallestSize : CompressionLevel.Optimal, leaveOpen: true)));
    }

    private static byte[] Compress(ReadOnlyMemory<byte> content, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer))
        {
            stream.Write(content.Span);
        }

        return buffer.ToArray();
    }
}
