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
    public static bool IsMarkup(char c) => c is '*' or '_' or '[' or ']' or '(' or ')' or '<' or '>' or '!' or '~' or '^' or '=' or '+' or '`' or '|' or '\\';

    /// <summary>The line (from 1) where the text passes the limit, or null when it stays within it.</summary>
    public static int? LineOverLimit(string text)
    {
        var (count, line) = (0, 1);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
            }
            else if (IsMarkup(c) && ++count > MaxMarkupCharacters)
            {
                return line;
            }
        }

        return null;
    }
}
