using System.Text;
using HealthLibrary.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HealthLibrary.Search;

/// <summary>The words of a Markdown body as a reader sees them: no markup, no addresses, headings left to their own field.</summary>
public static class PlainText
{
    /// <summary>The builder each thread reuses, so a body's text is made once, not grown block by block for each topic.</summary>
    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static string Of(MarkdownDocument document)
    {
        var builder = t_builder ?? new StringBuilder();
        t_builder = null;
        builder.Clear();
        Append(document, builder);
        var text = Trimmed(builder);
        t_builder = builder;
        return text;
    }

    private static string Trimmed(StringBuilder builder)
    {
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }

    private static void Append(Block block, StringBuilder builder)
    {
        switch (block)
        {
            case HeadingBlock:
                return;
            case LeafBlock { Inline: { } inline }:
                MarkdownSyntax.AppendPlainText(inline, builder);
                builder.Append('\n');
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
