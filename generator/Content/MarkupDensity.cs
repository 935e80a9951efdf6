using System.Buffers;

namespace HealthLibrary.Content;

/// <summary>
/// Bounds the markup characters of one piece of Markdown. Markdig takes time quadratic in the delimiters of a
/// paragraph on some input (thousands of '*a', '[x](', nested links, a table thousands of columns wide in a
/// list item): a few hundred KB could take minutes. Counting them first bounds that time for any arrangement,
/// since splitting them into paragraphs only makes it shorter.
/// </summary>
public static class MarkupDensity
{
    /// <summary>
    /// About a second of Markdig's worst case; the densest sample topic has about 110, so no writer meets it.
    /// </summary>
    public const int MaxMarkupCharacters = 10_000;

    /// <summary>The characters Markdig's inline parsers and table parser look for.</summary>
    private static readonly SearchValues<char> Markup = SearchValues.Create("*_[]()<>!~^=+`|\\");

    /// <summary>The line (from 1) where the text passes the limit, or null when it stays within it.</summary>
    /// <remarks>
    /// Every topic is checked, and almost none comes near the limit: the markup is found with vectorised searches
    /// that skip the prose between, and lines are counted only up to the character that passes the limit.
    /// </remarks>
    public static int? LineOverLimit(string text)
    {
        var rest = text.AsSpan();
        var count = 0;
        while (rest.IndexOfAny(Markup) is var next and >= 0)
        {
            if (++count > MaxMarkupCharacters)
            {
                var offset = text.Length - rest.Length + next;
                return text.AsSpan(0, offset).Count('\n') + 1;
            }

            rest = rest[(next + 1)..];
        }

        return null;
    }
}
