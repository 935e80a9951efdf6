using HealthLibrary.Configuration;
using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content;

/// <summary>Stage 1 for one file of pages/: a title, an optional summary, a body.</summary>
public sealed class PageReader(MarkdownSyntax markdown)
{
    public static readonly IReadOnlyList<string> Keys = ["title", "summary", "slug", "updated", "aliases", "draft", "image"];

    public Page? Read(string path, string display, string text, DiagnosticBag diagnostics)
    {
        if (FrontMatter.ReadMapping(text, display, "title:", diagnostics) is not { } read)
        {
            return null;
        }

        var (mapping, split) = read;

        var reader = new YamlMappingReader(mapping, diagnostics);
        reader.RejectUnknownKeys(Keys, "a page's front matter");
        var title = reader.String("title", required: true, TopicReader.MaxTitleLength);
        var summary = reader.String("summary", maxLength: TopicReader.MaxSummaryLength);
        if (summary is null && reader.Node("summary") is null)
        {
            diagnostics.Warning(DiagnosticCode.SummaryMissing, new SourceLocation(display, 1, 1), "this page has no summary, so search engines will guess its description", "add summary: with one or two sentences");
        }

        var page = new Page(
            path,
            display,
            TopicReader.ReadSlug(reader, path) ?? "",
            title ?? "",
            summary,
            reader.Date("updated"),
            TopicReader.ReadAliases(reader),
            reader.Boolean("draft") ?? false,
            markdown.Parse(split.Body, display, diagnostics),
            reader.Node("slug")?.Location ?? new SourceLocation(display, 1, 1))
        {
            Image = AssetReference.Read(reader, "image"),
        };
        MarkdownSyntax.WarnAboutTopLevelHeadings(page.Body, display, diagnostics);
        Citations.CitationOrder.Apply([], page.Body.Citations, display, diagnostics);
        return page.Slug.Length == 0 ? null : page;
    }
}
