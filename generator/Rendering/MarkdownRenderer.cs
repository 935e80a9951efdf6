using HealthLibrary.Content;
using HealthLibrary.Model;
using Markdig.Renderers;
using Markdig.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>Turns parsed Markdown into HTML, with every link already rewritten to its published address.</summary>
public sealed partial class MarkdownRenderer(MarkdownSyntax markdown, SiteUrls urls)
{
    /// <summary>The writer each thread renders bodies into, kept so a body's HTML is not grown block by block each time.</summary>
    [ThreadStatic]
    private static StringWriter? t_writer;

    public string Render(MarkdownDocument document, IReadOnlyDictionary<string, string> links)
    {
        var writer = t_writer ?? new StringWriter();
        t_writer = null;
        writer.GetStringBuilder().Clear();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => links.TryGetValue(url, out var rewritten) ? rewritten : Fallback(url),
        };
        markdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();
        t_writer = writer;
        return AlignmentStyle().Replace(html, "class=\"align-$1\"");
    }

    /// <summary>Markdig aligns table columns with style attributes, which a policy without 'unsafe-inline' blocks; classes do the same.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("style=\"text-align: (left|center|right);\"")]
    private static partial System.Text.RegularExpressions.Regex AlignmentStyle();

    /// <summary>Markdown that is not a topic body (disclaimers, bios): root paths get the base path, script addresses are dropped.</summary>
    public string RenderSnippet(string text) => Render(markdown.ParseDocument(text), new Dictionary<string, string>());

    private string Fallback(string url) =>
        CrossLinkResolver.IsUnsafe(url) ? "#" : url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? urls.FromSitePath(url) : url;
}
