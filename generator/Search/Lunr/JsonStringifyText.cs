using System.Buffers;
using System.Text;

namespace HealthLibrary.Search.Lunr;

/// <summary>
/// A JSON string literal with JSON.stringify's escaping: only '"', '\' and control characters
/// (as \b \t \n \f \r or a lowercase \u00xx); every other character is written as UTF-8.
/// </summary>
/// <remarks>
/// Utf8JsonWriter's encoders escape more (UnsafeRelaxedJsonEscaping still escapes U+2028,
/// U+FEFF, characters outside the BMP and unassigned ones, and writes uppercase hex), and a
/// custom encoder would need unsafe code, so terms are written raw through this instead. It
/// is safe only because the index is served as application/json and read with JSON.parse,
/// never inlined into HTML: '&lt;', '&gt;', '&amp;' and U+2028 stay as they are.
/// </remarks>
internal static class JsonStringifyText
{
    private static readonly SearchValues<char> MustEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");

    /// <summary>The most bytes <see cref="Write"/> needs for <paramref name="length"/> UTF-16 units, quotes included.</summary>
    public static int MaxBytes(int length) => (length * 6) + 2;

    /// <summary>Writes the quoted literal for well-formed <paramref name="text"/> into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int written = 0;
        destination[written++] = (byte)'"';
        while (true)
        {
            int next = text.IndexOfAny(MustEscape);
            ReadOnlySpan<char> plain = next < 0 ? text : text[..next];
            written += Encoding.UTF8.GetBytes(plain, destination[written..]);
            if (next < 0)
            {
                break;
            }

            char c = text[next];
            destination[written++] = (byte)'\\';
            switch (c)
            {
                case '"': destination[written++] = (byte)'"'; break;
                case '\\': destination[written++] = (byte)'\\'; break;
                case '\b': destination[written++] = (byte)'b'; break;
                case '\t': destination[written++] = (byte)'t'; break;
                case '\n': destination[written++] = (byte)'n'; break;
                case '\f': destination[written++] = (byte)'f'; break;
                case '\r': destination[written++] = (byte)'r'; break;
                default:
                    "u00"u8.CopyTo(destination[written..]);
                    written += 3;
                    destination[written++] = (byte)"0123456789abcdef"[c >> 4];
                    destination[written++] = (byte)"0123456789abcdef"[c & 0xF];
                    break;
            }

            text = text[(next + 1)..];
        }

        destination[written++] = (byte)'"';
        return written;
    }
}
