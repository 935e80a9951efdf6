using System.Buffers;

namespace HealthLibrary.Search.Lunr;

/// <summary>lunr.tokenizer for strings: JavaScript lowercasing, then a split on lunr's separators.</summary>
public static class LunrTokenizer
{
    /// <summary>
    /// The UTF-16 units that match lunr's separator <c>/[\s\-]+/</c>: JavaScript's \s (its
    /// white space and line terminators) and the hyphen. .NET's char.IsWhiteSpace is a
    /// different set (it includes U+0085 and leaves out U+FEFF), so the set is spelled out.
    /// </summary>
    public static SearchValues<char> Separators { get; } = SearchValues.Create(
        "\u0009\u000A\u000B\u000C\u000D\u0020\u002D\u00A0\u1680"
        + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>True when lunr splits tokens at <paramref name="c"/>.</summary>
    public static bool IsSeparator(char c) => Separators.Contains(c);

    /// <summary>
    /// Tokenizes one string field value as lunr does: null gives no tokens; otherwise the text
    /// is lowercased and split, and each token keeps its [start, length] in the lowercased text.
    /// </summary>
    public static IReadOnlyList<LunrToken> Tokenize(string? text)
    {
        if (text is null)
        {
            return [];
        }

        string lowered = JavaScriptCasing.ToLower(text);
        var tokens = new List<LunrToken>();
        int cursor = 0;
        while (NextToken(lowered, ref cursor, out int start, out int length))
        {
            tokens.Add(new LunrToken(lowered.Substring(start, length), start, length, tokens.Count));
        }

        return tokens;
    }

    /// <summary>
    /// Finds the next non-empty run between separators at or after <paramref name="cursor"/>;
    /// the allocation-free core of <see cref="Tokenize"/> used by the index builder.
    /// </summary>
    internal static bool NextToken(ReadOnlySpan<char> lowered, ref int cursor, out int start, out int length)
    {
        while (cursor < lowered.Length)
        {
            int end = lowered[cursor..].IndexOfAny(Separators);
            end = end < 0 ? lowered.Length : cursor + end;
            start = cursor;
            length = end - cursor;
            cursor = end + 1;
            if (length > 0)
            {
                return true;
            }
        }

        start = 0;
        length = 0;
        return false;
    }
}
