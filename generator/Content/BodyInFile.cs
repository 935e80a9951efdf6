using System.Security.Cryptography;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;

namespace HealthLibrary.Content;

/// <summary>Where a body's source lies in its file, to read it again, checked against the hash of what was read first.</summary>
/// <remarks>
/// The reader's body is the file's text after the front matter, with the front matter's lines left blank (so line
/// numbers stay the file's): some newlines, then the end of the text.
/// </remarks>
internal sealed class BodyInFile
{
    private readonly IContentSource _input;
    private readonly string _path;
    private readonly byte[] _sha256;
    private readonly int _newlines;
    private readonly int _tail;

    private BodyInFile(IContentSource input, string path, byte[] sha256, int newlines, int tail)
    {
        (_input, _path, _sha256, _newlines, _tail) = (input, path, sha256, newlines, tail);
    }

    /// <summary>The place of <paramref name="body"/> in <paramref name="text"/>, read from a file whose bytes hash to <paramref name="sha256"/>; null when it is not there.</summary>
    public static BodyInFile? Of(IContentSource input, string path, byte[] sha256, string text, string body)
    {
        int newlines = body.AsSpan().IndexOfAnyExcept('\n') is var first and >= 0 ? first : body.Length;
        int tail = body.Length - newlines;
        return text.AsSpan().EndsWith(body.AsSpan(newlines), StringComparison.Ordinal) ? new BodyInFile(input, path, sha256, newlines, tail) : null;
    }

    /// <summary>The body's source, read again from its file.</summary>
    /// <exception cref="BodySourceChangedException">The file cannot be read, or its bytes are not those read first.</exception>
    public string Read()
    {
        var display = _input.DisplayPath(_path);
        byte[] bytes;
        try
        {
            bytes = _input.ReadBytes(_path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BodySourceChangedException(display, $"the file cannot be read again to render its page: {exception.Message}");
        }

        if (!SHA256.HashData(bytes).AsSpan().SequenceEqual(_sha256))
        {
            throw new BodySourceChangedException(display, "the file changed while the site was being built");
        }

        // The same bytes decoded before, so they decode again.
        var text = TextDecoder.Decode(bytes, display, new DiagnosticBag())
            ?? throw new InvalidOperationException($"{display} decoded once but not again");
        return string.Create(_newlines + _tail, (text, _newlines), static (chars, state) =>
        {
            chars[..state._newlines].Fill('\n');
            state.text.AsSpan(state.text.Length - (chars.Length - state._newlines)).CopyTo(chars[state._newlines..]);
        });
    }
}
