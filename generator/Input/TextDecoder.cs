using System.Text;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Input;

/// <summary>Turns a writer's file into text: UTF-8 with or without a byte order mark, CRLF accepted.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with a diagnostic naming the first byte that is not UTF-8.</summary>
    public static string? Decode(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            var text = Strict.GetString(bytes, start, bytes.Length - start);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException exception)
        {
            var offset = start + Math.Max(0, exception.Index);
            var (line, column) = Position(bytes, start, offset);
            var bad = offset < bytes.Length ? $"0x{bytes[offset]:X2}" : "at the end";
            diagnostics.Error(
                DiagnosticCode.InvalidValue,
                new SourceLocation(file, line, column),
                $"the file is not valid UTF-8: byte {bad} at offset {offset}",
                "save the file as UTF-8");
            return null;
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Count characters, not bytes, so the column matches what an editor shows.
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
