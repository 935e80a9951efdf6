using System.Buffers;

namespace HealthLibrary.Search.Lunr;

/// <summary>lunr.trimmer: strips non-word characters from both ends of a token.</summary>
public static class LunrTrimmer
{
    // JavaScript's \W without the u flag is ASCII-only; .NET's \w is Unicode, which would
    // keep "café" whole where lunr indexes "caf". So the word class is spelled out.
    private static readonly SearchValues<char> WordCharacters =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    /// <summary>Removes leading and trailing characters outside [A-Za-z0-9_]; may return an empty span, which lunr still indexes.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int first = token.IndexOfAny(WordCharacters);
        if (first < 0)
        {
            return [];
        }

        int last = token.LastIndexOfAny(WordCharacters);
        return token[first..(last + 1)];
    }

    /// <summary>String form of <see cref="Trim(ReadOnlySpan{char})"/>.</summary>
    public static string Trim(string token)
    {
        ReadOnlySpan<char> trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }
}
