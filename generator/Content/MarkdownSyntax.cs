using System.Text;
using HealthLibrary.Content.Citations;
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
        Pipeline = Builder(allowHtml, autoLinks: true).Build();
        _withoutAutoLinks = Builder(allowHtml, autoLinks: false).Build();
    }

    private static MarkdownPipelineBuilder Builder(bool allowHtml, bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseTaskLists();
        builder.Extensions.AddIfNotAlready<CitationExtension>();
        // Care cards are Markdig's ':::' custom containers, without the inline '::' markup that extension also brings.
        builder.BlockParsers.InsertBefore<Markdig.Parsers.FencedCodeBlockParser>(new CareCardParser());
        if (autoLinks)
        {
            builder.UseAutoLinks();
        }

        builder
            .UseEmphasisExtras()
            .UseDefinitionLists()
            .UseListExtras();
        if (!allowHtml)
        {
            // Raw HTML from a writer is shown as text, never passed through.
            builder.DisableHtml();
        }

        return builder;
    }

    /// <summary>The site's pipeline: what every page is rendered with.</summary>
    public MarkdownPipeline Pipeline { get; }

    /// <summary>The same pipeline without bare addresses made into links (see <see cref="ParseDocument"/>).</summary>
    private readonly MarkdownPipeline _withoutAutoLinks;

    /// <summary>
    /// Parses Markdown as <see cref="Pipeline"/> does. Markdig's autolinks stop its scan of plain text at every 'h',
    /// 'f', 'm' and 'w' to try for an address, which is costly. A bare address can
    /// only begin in plain text (code, link targets and &lt;...&gt; links take theirs first), so a body is parsed
    /// without autolinks, and again with them only when its plain text has something an address starts with.
    /// </summary>
    public MarkdownDocument ParseDocument(string text)
    {
        var document = Markdown.Parse(text, _withoutAutoLinks);
        return MayHoldAddress(text) && document.Descendants<LiteralInline>().Any(literal => MayHoldAddress(literal.Content.AsSpan()))
            ? Markdown.Parse(text, Pipeline)
            : document;
    }

    /// <summary>What Markdig's autolinks start from, in any case: a scheme's "://" (http, https, ftp), "www." or "mailto:".</summary>
    private static readonly System.Buffers.SearchValues<string> AddressStarts =
        System.Buffers.SearchValues.Create(["://", "www.", "mailto:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> has something an address starts with; some that pass are not addresses.</summary>
    private static bool MayHoldAddress(ReadOnlySpan<char> text) => text.ContainsAny(AddressStarts);

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
    /// Markdig's HTML renderer refuses containers (quotes, lists, links, emphasis, open brackets) nested more
    /// than 128 deep, although its parser accepts some deeper trees, such as thousands of unclosed '['.
    /// Bodies are held to this lower limit when parsed, so what loads always renders.
    /// </summary>
    public const int MaxNesting = 100;

    /// <summary>
    /// Parses a body. Markdown too dense with markup to parse in reasonable time, or nested deeper than Markdig
    /// can safely handle, is the writer's problem to fix: it becomes a diagnostic at the line to blame, and the
    /// body is left empty.
    /// </summary>
    public MarkdownBody Parse(string body, string file, DiagnosticBag diagnostics)
    {
        if (MarkupDensity.LineOverLimit(body) is { } line)
        {
            TooDense(new SourceLocation(file, line, 1), "the Markdown", diagnostics);
            return Parse("");
        }

        if (TryParse(body, out var deepestLine, document => CareCardProblems.Report(body, document, file, diagnostics)) is { } parsed)
        {
            return parsed;
        }

        TooDeep(new SourceLocation(file, deepestLine, 1), "the Markdown", diagnostics);
        return Parse("");
    }

    /// <summary>
    /// Checks Markdown written in a settings file (a disclaimer's text, an author's bio), which is rendered
    /// with every page: refused at load, where it is the writer's mistake, it cannot throw while rendering.
    /// </summary>
    public void Check(string text, SourceLocation location, string what, DiagnosticBag diagnostics)
    {
        if (MarkupDensity.LineOverLimit(text) is not null)
        {
            TooDense(location, what, diagnostics);
        }
        else if (TryParse(text, out _) is null)
        {
            TooDeep(location, what, diagnostics);
        }
    }

    /// <summary>Parses Markdown already checked by <see cref="Parse(string, string, DiagnosticBag)"/> or <see cref="Check"/>.</summary>
    public MarkdownBody Parse(string body) => Read(body, ParseDocument(body));

    /// <summary>What a body keeps from its first parse; the tree itself is left for the garbage collector (see <see cref="MarkdownBody"/>).</summary>
    private MarkdownBody Read(string body, MarkdownDocument document)
    {
        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id ?? "";
            headings.Add(new Heading(heading.Level, PlainText(heading.Inline), id, heading.Line + 1));
        }

        var (links, citations) = LinksOf(document);
        return new MarkdownBody(body, this, headings, links, citations);
    }

    /// <summary>
    /// The addresses of every link, image and autolink, the first time each is written, and every id cited, in order.
    /// Gathered once here, because walking every inline of every body again on each rebuild is most of what linking costs.
    /// </summary>
    private static (List<BodyLink> Links, IReadOnlyList<BodyCitation> Citations) LinksOf(MarkdownDocument document)
    {
        var links = new List<BodyLink>();
        List<BodyCitation>? citations = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var inline in document.Descendants<Inline>())
        {
            if (inline is CitationInline citation)
            {
                citations ??= [];
                citations.AddRange(citation.Ids.Select(id => new BodyCitation(id.Id, citation.Line + 1, id.Column + 1)));
                continue;
            }

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

        return (links, citations ?? (IReadOnlyList<BodyCitation>)[]);
    }

    /// <summary>The body, or null and the line to blame when it is nested too deeply to parse or to render.</summary>
    private MarkdownBody? TryParse(string body, out int deepestLine, Action<MarkdownDocument>? inspect = null)
    {
        MarkdownDocument document;
        try
        {
            document = ParseDocument(body);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("nested", StringComparison.Ordinal))
        {
            deepestLine = DeepestLine(body);
            return null;
        }

        if (FirstTooDeep(document) is { } deep)
        {
            deepestLine = Math.Max(1, deep.Line + 1);
            return null;
        }

        deepestLine = 0;
        inspect?.Invoke(document);
        return Read(body, document);
    }

    /// <summary>
    /// The first element nested more than <see cref="MaxNesting"/> containers deep, counting containers as
    /// the renderer does (each container block, and each inline container, including a paragraph's own).
    /// Walked with a stack of our own, because recursion this deep is what could overflow.
    /// </summary>
    private static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Element, int Depth)>();
        pending.Push((document, 1));
        while (pending.TryPop(out var item))
        {
            var (element, depth) = item;
            if (depth > MaxNesting)
            {
                return element;
            }

            switch (element)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, child is ContainerBlock ? depth + 1 : depth));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inline:
                    for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
                    {
                        if (child is ContainerInline)
                        {
                            pending.Push((child, depth + 1));
                        }
                    }

                    break;
            }
        }

        return null;
    }

    private static void TooDense(SourceLocation location, string what, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            DiagnosticCode.InvalidValue,
            location,
            $"{what} has more than {MarkupDensity.MaxMarkupCharacters:N0} markup characters (* _ [ ] ( ) | and the like) by this line, more than can be read in reasonable time",
            "split it into several topics, or put long tables and data in a file in assets/");

    private static void TooDeep(SourceLocation location, string what, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            DiagnosticCode.InvalidValue,
            location,
            $"{what} is nested too deeply to read (lists, quotes, brackets or emphasis inside one another)",
            "flatten the structure; a reader cannot follow it either");

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

        var builder = new StringBuilder();
        AppendPlainText(inline, builder);
        return builder.ToString().Trim();
    }

    /// <summary>Appends the words of <paramref name="inline"/> as <see cref="PlainText"/> gives them, trimmed, to <paramref name="builder"/>.</summary>
    public static void AppendPlainText(ContainerInline inline, StringBuilder builder)
    {
        var start = builder.Length;
        AppendPlainText((Inline)inline, builder);
        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
        var first = start;
        while (first < end && char.IsWhiteSpace(builder[first]))
        {
            first++;
        }

        builder.Remove(start, first - start);
    }

    private static void AppendPlainText(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendPlainText(child, builder);
                }

                break;
        }
    }
}
