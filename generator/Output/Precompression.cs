using System.IO.Compression;

namespace HealthLibrary.Output;

/// <summary>Writes .gz and .br beside a file, for hosts that serve precompressed files as they are.</summary>
public static class Precompression
{
    /// <summary>Above this size the strongest settings cost seconds for a few percent; use the balanced ones.</summary>
    private const int LargeFile = 256 * 1024;

    public static IEnumerable<OutputFile> Siblings(OutputFile file)
    {
        var level = file.Content.Length > LargeFile ? CompressionLevel.Optimal : CompressionLevel.SmallestSize;
        yield return new OutputFile(file.Path + ".gz", Compress(file.Content, stream => new GZipStream(stream, level, leaveOpen: true)));
        yield return new OutputFile(file.Path + ".br", Compress(file.Content, stream => new BrotliStream(stream, level, leaveOpen: true)));
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
