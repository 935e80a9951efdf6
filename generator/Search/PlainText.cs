using System.Text;
using HealthLibrary.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HealthLibrary.Search;

/// <summary>The words of a Markdown body as a reader sees them: no markup, no addresses, headings left to their own field.</summary>
public static class PlainText
{
    public static string Of(MarkdownDocument document)
    {
        var builder = new StringBuilder();
        Append(document, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Block block, StringBuilder builder)
    {
        switch (block)
        {
            case HeadingBlock:
                return;
            case LeafBlock { Inline: { } inline }:
                builder.Append(MarkdownSyntax.PlainText(inline)).Append('\n');
                return;
            case LeafBlock leaf when leaf is CodeBlock or HtmlBlock:
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                {
                    builder.Append(line.Slice.AsSpan()).Append('\n');
                }

                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                return;
        }
    }
}
