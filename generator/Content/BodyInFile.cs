using System.Security.Cryptography;
using System.Text;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;

namespace HealthLibrary.Content;

/// <summary>Where a body's source lies in its file, to read it again, checked against the hash of what was read first.</summary>
/// <remarks>
/// The reader's body is the file's text after the front matter, with the front matter's lines left blank (so line
/// numbers stay the file's): some newlines, then the end of the text. A file without carriage returns ends with that
/// text's bytes, which are decoded straight into the body; one with them is decoded whole, as it was first.
/// </remarks>
internal sealed class BodyInFile
{
    private readonly IContentSource _input;
    private readonly string _path;
    private readonly byte[] _sha256;
    private readonly int _newlines;
    private readonly int _tail;

    /// <summary>How many of the file's last bytes are the body's text, or -1 when the file has carriage returns.</summary>
    private readonly int _tailBytes;

    private BodyInFile(IContentSource input, string path, byte[] sha256, int newlines, int tail, int tailBytes)
    {
        (_input, _path, _sha256, _newlines, _tail, _tailBytes) = (input, path, sha256, newlines, tail, tailBytes);
    }

    /// <summary>
    /// The place of <paramref name="body"/> in <paramref name="text"/>, decoded from <paramref name="bytes"/>, which
    /// hash to <paramref name="sha256"/>; null when it is not there.
    /// </summary>
    public static BodyInFile? Of(IContentSource input, string path, byte[] sha256, byte[] bytes, string text, string body)
    {
        int newlines = body.AsSpan().IndexOfAnyExcept('\n') is var first and >= 0 ? first : body.Length;
        int tail = body.Length - newlines;
        if (!text.AsSpan().EndsWith(body.AsSpan(newlines), StringComparison.Ordinal))
        {
            return null;
        }

        int tailBytes = bytes.AsSpan().Contains((byte)'\r') ? -1 : Encoding.UTF8.GetByteCount(body.AsSpan(newlines));
        return new BodyInFile(input, path, sha256, newlines, tail, tailBytes);
    }

    /// <summary>The body's source, read again from its file.</summary>
    /// <exception cref="BodySourceChangedException">The file cannot be read, or its bytes are not those read first.</exception>
    public string Read()
    {
        var display = _input.DisplayPath(_path);
        byte[] bytes;
        try
        {
            bytes = _input.ReadBytesAgain(_path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BodySourceChangedException(display, $"the file cannot be read again to render its page: {exception.Message}");
        }

        if (!SHA256.HashData(bytes).AsSpan().SequenceEqual(_sha256))
        {
            throw new BodySourceChangedException(display, "the file changed while the site was being built");
        }

        // The same bytes decoded before, so they decode again: the body's own bytes, or the whole file when it has
        // carriage returns to take out.
        var text = _tailBytes >= 0 ? null : TextDecoder.Decode(bytes, display, new DiagnosticBag())
            ?? throw new InvalidOperationException($"{display} decoded once but not again");
        return string.Create(_newlines + _tail, (bytes, text, _newlines, _tailBytes), static (chars, state) =>
        {
            chars[..state._newlines].Fill('\n');
            var tail = chars[state._newlines..];
            if (state.text is { } decoded)
            {
                decoded.AsSpan(decoded.Length - tail.Length).CopyTo(tail);
            }
            else if (Encoding.UTF8.GetChars(state.bytes.AsSpan(state.bytes.Length - state._tailBytes), tail) != tail.Length)
            {
                throw new InvalidOperationException("a body's bytes decoded to another length than when first read");
            }
        });
    }
}
