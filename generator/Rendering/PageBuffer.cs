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

    /// <summary>Starts a new page, dropping whatever a failed one left half written.</summary>
    public void Clear()
    {
        Writer.Flush();
        _bytes.SetLength(0);
    }
}
