using System.IO.Compression;

namespace HealthLibrary.Output;

/// <summary>Writes .gz and .br beside a file, for hosts that serve precompressed files as they are.</summary>
public static class Precompression
{
    /// <summary>Above this size the strongest settings cost seconds for a few percent; use the balanced ones.</summary>
    private const int LargeFile = 256 * 1024;

    /// <summary>
    /// Above this size (the single search index of a library of thousands of topics) even the balanced settings
    /// cost seconds, where the fast ones cost well under one for files a few percent larger (bench/README.md).
    /// </summary>
    private const int HugeFile = 8 * 1024 * 1024;

    /// <summary>
    /// Fast settings (gzip level 2, brotli quality 2) for a huge file and for the split index's shards, store and
    /// title files, which are many files fetched a few at a time: stronger settings cost a large library seconds to
    /// save a few percent of bytes (bench/README.md has the figures).
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
