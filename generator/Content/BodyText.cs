using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace HealthLibrary.Content;

/// <summary>The prose of a body as a reader meets it: each paragraph and list item as plain text, without markup or link addresses.</summary>
public static class BodyText
{
    /// <summary>
    /// One string per paragraph (a list item's text is a paragraph too). Headings, code and tables are left out:
    /// they are not sentences, and counting them would make any readability figure drift.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(MarkdownBody body) =>
        body.Document.Descendants<ParagraphBlock>()
            .Where(paragraph => !InsideTable(paragraph))
            .Select(paragraph => MarkdownSyntax.PlainText(paragraph.Inline))
            .Where(text => text.Length > 0)
            .ToList();

    /// <summary>The 1-based line of the first paragraph, where a remark about the whole text points; 1 when there is none.</summary>
    public static int FirstLine(MarkdownBody body) =>
        body.Document.Descendants<ParagraphBlock>().FirstOrDefault() is { } first ? first.Line + 1 : 1;

    private static bool InsideTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table)
            {
                return true;
            }
        }

        return false;
    }
}
