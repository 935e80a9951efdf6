using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace HealthLibrary.Content.Citations;

/// <summary>Adds inline citations to a Markdig pipeline: the parser before links, and the HTML renderer.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CitationRenderer());
        }
    }
}
