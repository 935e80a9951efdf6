using System.Text;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Search;

/// <summary>
/// A title as the search page compares it with a query to put an exact title first
/// (<c>text.toLowerCase().replace(/\s+/g, " ").trim()</c>), and the bucket of a split index's
/// title files that holds it, by the same hash search.js computes.
/// </summary>
public static class ExactTitleKey
{
    /// <summary>The page's normalise(): JavaScript's lowercasing, runs of JavaScript whitespace as one space, trimmed.</summary>
    public static string Of(string title)
    {
        var lower = JavaScriptCasing.ToLower(title);
        var key = new StringBuilder(lower.Length);
        bool space = false;
        foreach (char c in lower)
        {
            if (IsJavaScriptWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && key.Length > 0)
            {
                key.Append(' ');
            }

            space = false;
            key.Append(c);
        }

        return key.ToString();
    }

    /// <summary>32-bit FNV-1a over the key's UTF-16 code units, which JavaScript reads with charCodeAt, modulo the bucket count.</summary>
    public static int Bucket(string key, int buckets)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return (int)(hash % (uint)buckets);
    }

    /// <summary>JavaScript's \s: WhiteSpace and LineTerminator, which differ from char.IsWhiteSpace at U+0085 and U+FEFF.</summary>
    private static bool IsJavaScriptWhiteSpace(char c) =>
        c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
        || (c >= '\u2000' && c <= '\u200A');
}
