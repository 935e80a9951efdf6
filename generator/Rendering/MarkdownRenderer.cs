using HealthLibrary.Content;
using HealthLibrary.Model;
using HealthLibrary.Content.Citations;
using Markdig.Renderers;
using Markdig.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>Turns parsed Markdown into HTML, with every link already rewritten to its published address.</summary>
public sealed class MarkdownRenderer(MarkdownSyntax markdown, SiteUrls urls)
{
    /// <summary>
    /// The renderer each thread renders bodies with, and the pipeline it was set up for. Setting up a renderer makes
    /// an object for each kind of block and inline, which costs as much as rendering a short body; Markdig keeps its
    /// own renderers for reuse in the same way.
    /// </summary>
    [ThreadStatic]
    private static (Markdig.MarkdownPipeline Pipeline, BodyRenderer Renderer)? t_renderer;

    /// <param name="citations">The number of each reference by id, for <c>[@id]</c>; null where there are no references.</param>
    public string Render(MarkdownDocument document, IReadOnlyDictionary<string, string> links, IReadOnlyDictionary<string, int>? citations = null)
    {
        var (pipeline, renderer) = t_renderer is { } kept && kept.Pipeline == markdown.Pipeline ? kept : (markdown.Pipeline, BodyRenderer.For(markdown.Pipeline));
        t_renderer = null;
        renderer.Clear();
        renderer.LinkRewriter = url => links.TryGetValue(url, out var rewritten) ? rewritten : Fallback(url);
        renderer.Citations.Begin(citations);
        renderer.Render(document);
        var html = renderer.Html();
        t_renderer = (pipeline, renderer);
        return html;
    }

    /// <summary>An HTML renderer that can be cleared for the next body, as Markdig clears the ones it keeps.</summary>
    private sealed class BodyRenderer(StringWriter writer) : HtmlRenderer(writer)
    {
        public CitationRenderer Citations => ObjectRenderers.FindExact<CitationRenderer>() ?? throw new InvalidOperationException("the pipeline has no citation renderer");

        public static BodyRenderer For(Markdig.MarkdownPipeline pipeline)
        {
            var renderer = new BodyRenderer(new StringWriter());
            pipeline.Setup(renderer);
            renderer.ObjectRenderers.Add(new CareCardRenderer());
            renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(new BodyTableRenderer());
            renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.TaskLists.HtmlTaskListRenderer>(new TaskBoxRenderer());
            return renderer;
        }

        /// <summary>Empties the writer and puts the renderer back as it was before its first body.</summary>
        public void Clear() => Reset();

        public string Html()
        {
            Writer.Flush();
            return Writer.ToString() ?? "";
        }
    }

    /// <summary>Markdown that is not a topic body (disclaimers, bios): root paths get the base path, script addresses are dropped.</summary>
    public string RenderSnippet(string text) => Render(markdown.ParseDocument(text), new Dictionary<string, string>());

    private string Fallback(string url) =>
        CrossLinkResolver.IsUnsafe(url) ? "#" : url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? urls.FromSitePath(url) : url;
}
