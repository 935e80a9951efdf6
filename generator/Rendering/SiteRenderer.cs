using HealthLibrary.Diagnostics;
using HealthLibrary.Model;
using HealthLibrary.Output;

namespace HealthLibrary.Rendering;

/// <summary>Stage 3: renders every page of the site model through the theme, in parallel, into the sink.</summary>
public sealed class SiteRenderer(SiteModel site, ThemeTemplates theme, AssetManifest assets, Search.SearchOutput search, DateOnly today)
{
    /// <summary>Renders and writes every file; returns how many pages were written. Template failures become diagnostics.</summary>
    public int Render(IOutputSink sink, DiagnosticBag diagnostics)
    {
        var urls = site.Urls;
        var views = new PageViews(site, new MarkdownRenderer(site.Markdown, urls), search, today);
        var jobs = new List<(string Template, string Url, Func<Dictionary<string, object?>> Data, string? Source)>
        {
            ("home", urls.Home, views.Home, null),
            ("topics", urls.AToZ, () => views.AToZ(AToZEntry.From(site.Topics)), null),
            ("risk-index", urls.RiskIndex, views.RiskIndex, null),
            ("search", urls.Search, views.Search, null),
            ("404", urls.NotFound, views.NotFound, null),
        };
        jobs.AddRange(site.Topics.Select(topic => ("topic", urls.Topic(topic.Slug), (Func<Dictionary<string, object?>>)(() => views.Topic(topic)), (string?)topic.DisplayPath)));
        jobs.AddRange(site.Categories.Select(category => ("category", urls.Category(category.Slug), (Func<Dictionary<string, object?>>)(() => views.Category(category)), (string?)null)));
        jobs.AddRange(site.Tags.Select(tag => ("tag", urls.Tag(tag.Slug), (Func<Dictionary<string, object?>>)(() => views.Tag(tag)), (string?)null)));
        jobs.AddRange(site.Config.RiskLevels.Select(level => ("risk", urls.Risk(level.Id), (Func<Dictionary<string, object?>>)(() => views.Risk(level)), (string?)null)));
        jobs.AddRange(site.Authors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(author => ("author", urls.Author(author.Id), (Func<Dictionary<string, object?>>)(() => views.Author(author)), (string?)null)));
        jobs.AddRange(site.Pages.Select(page => ("page", urls.Page(page.Slug), (Func<Dictionary<string, object?>>)(() => views.Page(page)), (string?)page.DisplayPath)));

        var failures = new DiagnosticBag();
        Parallel.ForEach(jobs, job =>
        {
            try
            {
                sink.Write(OutputFile.Text(urls.OutputPath(job.Url), theme.RenderPage(job.Template, job.Data())));
            }
            catch (Exception exception) when (ThemeTemplates.IsTemplateFailure(exception))
            {
                failures.Error(
                    DiagnosticCode.TemplateRender,
                    SourceLocation.WholeFile(theme.FileOf(job.Template)),
                    $"the '{job.Template}' template failed for {job.Url}{(job.Source is null ? "" : $" ({job.Source})")}: {ThemeTemplates.FirstLine(exception.Message)}",
                    "a template may only use the keys of the theme contract (themes/default/README.md)");
            }
        });
        diagnostics.AddRange(failures.ToSortedList());

        foreach (var alias in site.Aliases)
        {
            sink.Write(OutputFile.Text(urls.OutputPath(alias.Url), RedirectPage.Write(alias.TargetUrl, urls.Absolute(alias.TargetUrl), alias.Title)));
        }

        WriteAssets(sink);
        sink.Write(OutputFile.Text("sitemap.xml", SitemapWriter.Write(SitemapEntries(jobs.Select(job => job.Url)))));
        sink.Write(OutputFile.Text(AtomFeedWriter.Path, AtomFeedWriter.Write(site)));
        sink.Write(OutputFile.Text("_headers", HostingRules.Headers(urls)));
        sink.Write(OutputFile.Text("_redirects", HostingRules.Redirects(site.Aliases)));
        // GitHub Pages would otherwise run Jekyll, which drops files and folders starting with '_'.
        sink.Write(OutputFile.Text(".nojekyll", ""));
        sink.Write(OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.BasePath + "sitemap.xml")}\n"));
        return jobs.Count;
    }

    /// <summary>Each asset twice: at its plain name for hand-written addresses, and content-hashed under /static/ for long caching.</summary>
    private void WriteAssets(IOutputSink sink)
    {
        foreach (var asset in assets.All)
        {
            foreach (var path in new[] { "assets/" + asset.Name, AssetManifest.StaticFolder + "/" + asset.FingerprintedName })
            {
                var file = new OutputFile(path, asset.Bytes);
                sink.Write(file);
                if (IsCompressible(path))
                {
                    foreach (var compressed in Precompression.Siblings(file))
                    {
                        sink.Write(compressed);
                    }
                }
            }
        }
    }

    private static bool IsCompressible(string path) =>
        path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".svg", StringComparison.Ordinal);

    private IEnumerable<(string, string?)> SitemapEntries(IEnumerable<string> pageUrls)
    {
        var modified = site.Topics.ToDictionary(
            topic => site.Urls.Topic(topic.Slug),
            topic => PageViews.Iso(new[] { topic.Updated, topic.LastReviewed, topic.Published }.Max()),
            StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            modified[site.Urls.Page(page.Slug)] = PageViews.Iso(page.Updated);
        }

        return pageUrls.Where(url => url != site.Urls.NotFound).Select(url => (site.Urls.Absolute(url), modified.GetValueOrDefault(url)));
    }
}
