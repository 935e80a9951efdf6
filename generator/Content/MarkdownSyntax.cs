using HealthLibrary.Diagnostics;
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
    public static void WarnAboutTopLevelHeadings(MarkdownBody body, string file, DiagnosticBag diagnostics)
    {
        foreach (var heading in body.Headings.Where(heading => heading.Level == 1))
        {
            diagnostics.Warning(
                DiagnosticCode.TopLevelHeading,
                new SourceLocation(file, heading.Line, 1),
                $"'# {heading.Text}' makes a second top-level heading; the title is the page's only one",
                "use ## for sections");
        }
    }

    /// <summary>
    /// Parses a body. Markdig refuses input nested deeper than it can safely handle; that is the writer's
    /// problem to fix, so it becomes a diagnostic at the deepest line and the body is left empty.
    /// </summary>
    public MarkdownBody Parse(string body, string file, DiagnosticBag diagnostics)
    {
        try
        {
            return Parse(body);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("nested", StringComparison.Ordinal))
        {
            diagnostics.Error(
                DiagnosticCode.InvalidValue,
                new SourceLocation(file, DeepestLine(body), 1),
                "the Markdown is nested too deeply to read (lists, quotes, brackets or emphasis inside one another)",
                "flatten the structure; a reader cannot follow it either");
            return Parse("");
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

        return new MarkdownBody(document, headings, LinksOf(document));
    }

    /// <summary>
    /// The addresses of every link, image and autolink, the first time each is written. Gathered once here,
    /// because walking every inline of every body again on each rebuild is most of what linking costs.
    /// </summary>
    private static List<BodyLink> LinksOf(MarkdownDocument document)
    {
        var links = new List<BodyLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var inline in document.Descendants<Inline>())
        {
            var link = inline switch
            {
                LinkInline { Url: { } url } l => new BodyLink(url, l.Line + 1, l.Column + 1, l.IsImage),
                AutolinkInline { Url: { } url } a => new BodyLink(url, a.Line + 1, a.Column + 1, false),
                _ => null,
            };
            if (link is not null && seen.Add(link.Url))
            {
                links.Add(link);
            }
        }

        return links;
    }

    /// <summary>The line where nesting is deepest: leading quotes and indentation, or open brackets within the line.</summary>
    private static int DeepestLine(string body)
    {
        var (best, bestDepth, number) = (1, -1, 0);
        foreach (var line in body.Split('\n'))
        {
            number++;
            var indent = line.Length - line.TrimStart(' ', '>', '\t').Length;
            var (open, deepest) = (0, 0);
            foreach (var c in line)
            {
                open += c is '[' or '(' ? 1 : c is ']' or ')' ? -1 : 0;
                deepest = Math.Max(deepest, open);
            }

            // Emphasis nests too ('*a **b *c'); long runs of markup show it where brackets do not.
            var markup = line.Count(c => c is '*' or '_' or '`') / 8;
            var depth = Math.Max(Math.Max(indent, deepest), markup);
            if (depth > bestDepth && line.Trim().Length > 0)
            {
                (best, bestDepth) = (number, depth);
            }
        }

        return best;
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
