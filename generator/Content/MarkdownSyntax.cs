using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HealthLibrary.Content;

/// <summary>The one Markdig pipeline of a site, and what we read back from its syntax trees.</summary>
public sealed class MarkdownSyntax
{
    public MarkdownSyntax(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseTaskLists()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseDefinitionLists()
            .UseListExtras();
        if (!allowHtml)
        {
            // Raw HTML from a writer is shown as text, never passed through.
            builder.DisableHtml();
        }

        Pipeline = builder.Build();
    }

    public MarkdownPipeline Pipeline { get; }

    /// <summary>Warns about "# Heading" in a body: the title is the page's one h1, and screen readers rely on that.</summary>
    public static void WarnAboutTopLevelHeadings(MarkdownBody body, string file, HealthLibrary.Diagnostics.DiagnosticBag diagnostics)
    {
        foreach (var heading in body.Headings.Where(heading => heading.Level == 1))
        {
            diagnostics.Warning(
                HealthLibrary.Diagnostics.DiagnosticCode.TopLevelHeading,
                new HealthLibrary.Diagnostics.SourceLocation(file, heading.Line, 1),
                $"'# {heading.Text}' makes a second top-level heading; the title is the page's only one",
                "use ## for sections");
        }
    }

    public MarkdownBody Parse(string body)
    {
        var document = Markdown.Parse(body, Pipeline);
        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id ?? "";
            headings.Add(new Heading(heading.Level, PlainText(heading.Inline), id, heading.Line + 1));
        }

        return new MarkdownBody(document, headings);
    }

    /// <summary>The words of some inlines without markup, as a reader sees them.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var writer = new StringWriter();
        AppendPlainText(inline, writer);
        return writer.ToString().Trim();
    }

    private static void AppendPlainText(Inline inline, StringWriter writer)
    {
        switch (inline)
        {
            case LiteralInline literal:
                writer.Write(literal.Content.AsSpan());
                break;
            case CodeInline code:
                writer.Write(code.Content);
                break;
            case LineBreakInline:
                writer.Write(' ');
                break;
            case HtmlEntityInline entity:
                writer.Write(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendPlainText(child, writer);
                }

                break;
        }
    }
}
