using System.Text;

namespace HealthLibrary.Rendering;

/// <summary>
/// A page's UTF-8 bytes as the templates write them, in memory that one thread reuses page after page: a build of
/// thousands of pages then makes neither each page's text nor a new array for its bytes.
/// </summary>
internal sealed class PageBuffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly MemoryStream _bytes = new();

    public PageBuffer()
    {
        Writer = new StreamWriter(_bytes, Utf8, 16 * 1024);
    }

    public TextWriter Writer { get; }

    /// <summary>What has been written since <see cref="Clear"/>; valid until the next Clear.</summary>
    public ReadOnlyMemory<byte> Written
    {
        get
        {
            Writer.Flush();
            return _bytes.GetBuffer().AsMemory(0, (int)_bytes.Length);
        }
    }

    /// <summary>
    /// Puts <paramref name="text"/> where <paramref name="marker"/> was written. Nothing to do when the marker is
    /// absent; false, with nothing changed, when it is there more than once.
    /// </summary>
    public bool ReplaceOnce(ReadOnlySpan<byte> marker, PageContentWriter text)
    {
        Writer.Flush();
        var written = _bytes.GetBuffer().AsSpan(0, (int)_bytes.Length);
        var at = written.IndexOf(marker);
        if (at < 0)
        {
            return true;
        }

        var after = at + marker.Length;
        if (written[after..].IndexOf(marker) >= 0)
        {
            return false;
        }

        var tailLength = written.Length - after;
        var tail = System.Buffers.ArrayPool<byte>.Shared.Rent(tailLength);
        written[after..].CopyTo(tail);
        _bytes.SetLength(at);
        text.WriteTo(Writer);

        Writer.Flush();
        _bytes.Write(tail, 0, tailLength);
        System.Buffers.ArrayPool<byte>.Shared.Return(tail);
        return true;
    }

    /// <summary>Starts a new page, dropping whatever a failed one left half written.</summary>
    public void Clear()
    {
        Writer.Flush();
        _bytes.SetLength(0);
    }
}
