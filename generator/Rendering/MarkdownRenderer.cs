using HealthLibrary.Content;
using HealthLibrary.Model;
using Markdig.Renderers;
using Markdig.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>Turns parsed Markdown into HTML, with every link already rewritten to its published address.</summary>
public sealed class MarkdownRenderer(MarkdownSyntax markdown, SiteUrls urls)
{
    public string Render(MarkdownDocument document, IReadOnlyDictionary<string, string> links)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => links.TryGetValue(url, out var rewritten) ? rewritten : Fallback(url),
        };
        markdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Markdown that is not a topic body (disclaimers, bios): root paths get the base path, script addresses are dropped.</summary>
    public string RenderSnippet(string text) => Render(markdown.Parse(text).Document, new Dictionary<string, string>());

    private string Fallback(string url) =>
        CrossLinkResolver.IsUnsafe(url) ? "#" : url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? urls.FromSitePath(url) : url;
}
