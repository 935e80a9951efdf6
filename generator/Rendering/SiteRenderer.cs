using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Model;
using HealthLibrary.Output;
using Scriban.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>Stage 3: renders every page of the site model through the theme, in parallel, into the sink.</summary>
public sealed class SiteRenderer
{
    private readonly SiteModel _site;
    private readonly ThemeTemplates _theme;
    private readonly IContentSource _input;
    private readonly AssetManifest _assets;
    private readonly PageViews _views;

    /// <param name="search">The search stage's output, which the search page names; serve makes it only when the page is asked for.</param>
    public SiteRenderer(SiteModel site, ThemeTemplates theme, AssetManifest assets, Lazy<Search.SearchOutput> search, IContentSource input, DateOnly today)
    {
        _site = site;
        _theme = theme;
        _assets = assets;
        _input = input;
        _views = new PageViews(site, new MarkdownRenderer(site.Markdown, site.Urls), search, today, assets.Icons, assets);
        Pages = PlanPages(site, theme);
    }

    /// <summary>Every page of the site, in a fixed order: the site-wide pages, then topics, listings and pages.</summary>
    public IReadOnlyList<PageJob> Pages { get; }

    /// <summary>Renders and writes every file; returns how many pages were written. Template failures become diagnostics.</summary>
    /// <param name="rendered">Told of each page once it is written (or has failed), on the thread that rendered it.</param>
    public int Render(IOutputSink sink, DiagnosticBag diagnostics, IBuildProgress? progress = null, Action<PageJob>? rendered = null)
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<(PageJob Job, TemplateFailure Failure)>();
        progress?.Start("Rendering", Pages.Count);
        using var buffers = new ThreadLocal<PageBuffer>(() => new PageBuffer());
        // The search page waits for the search index, which is built meanwhile: every other page goes first.
        void RenderOne(PageJob job)
        {
            var buffer = buffers.Value!;
            buffer.Clear();
            if (TryRender(job, buffer) is { } failure)
            {
                failures.Add((job, failure));
            }
            else
            {
                // A sink is done with the bytes when Write returns, so the buffer serves the next page.
                sink.Write(new OutputFile(_site.Urls.OutputPath(job.Url), buffer.Written));
            }

            rendered?.Invoke(job);
            progress?.Advance();
        }

        // The files that are not pages (sitemap, feed, assets with their strongest compression) need only the model:
        // they are made beside the pages, not after them with a core idle.
        var others = Task.Run(() =>
        {
            foreach (var file in OtherFiles().Concat(Assets()))
            {
                sink.Write(file);
            }
        });

        // Topics and pages go first, so their bodies can be let go early (see SiteGenerator.Build); listings, which
        // only need titles and summaries, after them. One worker per core: the thread pool would add more while
        // writes block, and starve the index's thread.
        var order = Pages.Where(job => job.Subject is Topic or Page).Concat(Pages.Where(job => job.Subject is not (Topic or Page) && job.Template != "search"));
        try
        {
            Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, RenderOne);
            Pages.Where(job => job.Template == "search").ToList().ForEach(RenderOne);
        }
        catch
        {
            // Nothing may still be writing when the build's staging folder is cleaned up.
            Task.WaitAny(others);
            throw;
        }

        others.GetAwaiter().GetResult();
        Report(failures, diagnostics);
        return Pages.Count;
    }

    /// <summary>The page's HTML as UTF-8, or null with a diagnostic when a template fails for it.</summary>
    public byte[]? TryRender(PageJob job, DiagnosticBag diagnostics)
    {
        var buffer = new PageBuffer();
        if (TryRender(job, buffer) is { } failure)
        {
            diagnostics.Add(failure.Diagnostic(job, _input, 0));
            return null;
        }

        return buffer.Written.ToArray();
    }

    /// <summary>Writes the page's HTML to <paramref name="output"/>; or gives what failed, when a template fails for it.</summary>
    private TemplateFailure? TryRender(PageJob job, PageBuffer output)
    {
        try
        {
            _theme.RenderPage(job.Template, DataOf(job), output);
            return null;
        }
        catch (Exception exception) when (ThemeTemplates.IsTemplateFailure(exception))
        {
            return exception is ScriptRuntimeException { Span.FileName: { Length: > 0 } } scriban
                ? new TemplateFailure(ThemeTemplates.At(scriban.Span), scriban.OriginalMessage)
                : new TemplateFailure(SourceLocation.WholeFile(_theme.FileOf(job.Template)), exception.Message);
        }
    }

    /// <summary>
    /// One diagnostic for each mistake, however many pages it broke: a mistake in a partial every page uses would
    /// otherwise be reported once for each of thousands of pages. It names the first page it broke, in page order.
    /// </summary>
    private void Report(IEnumerable<(PageJob Job, TemplateFailure Failure)> failures, DiagnosticBag diagnostics)
    {
        var order = new Lazy<Dictionary<PageJob, int>>(() => Pages.Select((job, index) => (job, index)).ToDictionary(pair => pair.job, pair => pair.index));
        foreach (var group in failures.GroupBy(failure => failure.Failure))
        {
            var pages = group.Select(failure => failure.Job).OrderBy(job => order.Value[job]).ToList();
            diagnostics.Add(group.Key.Diagnostic(pages[0], _input, pages.Count - 1));
        }
    }

    /// <summary>The files that are not pages or assets: redirects at old addresses, sitemap, robots.txt, feed and hosting rules.</summary>
    public IEnumerable<OutputFile> OtherFiles()
    {
        var urls = _site.Urls;
        foreach (var alias in _site.Aliases)
        {
            yield return OutputFile.Text(urls.OutputPath(alias.Url), RedirectPage.Write(alias.TargetUrl, urls.Absolute(alias.TargetUrl), alias.Title));
        }

        yield return OutputFile.Text(urls.OutputPath(urls.Sitemap), SitemapWriter.Write(SitemapEntries()));
        yield return OutputFile.Text(urls.OutputPath(urls.Robots), $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Sitemap)}\n");
        yield return OutputFile.Text(urls.OutputPath(urls.Feed), AtomFeedWriter.Write(_site));
        yield return OutputFile.Text(urls.OutputPath(urls.CodesIndex), CodesIndexFile.Write(_site));
        yield return OutputFile.Text("_headers", HostingRules.Headers(urls));
        yield return OutputFile.Text("_redirects", HostingRules.Redirects(_site.Aliases));

        if (_assets.Icons is { } icons)
        {
            yield return new OutputFile(SiteIcons.FaviconPath, icons.Favicon);
            yield return new OutputFile(SiteIcons.TouchIconPath, icons.TouchIcon);
        }

        // GitHub Pages would otherwise run Jekyll, which drops files and folders starting with '_'.
        yield return OutputFile.Text(".nojekyll", "");
    }

    /// <summary>Each asset twice: at its plain name under /assets/ for hand-written addresses, and content-hashed under /static/ for long caching.</summary>
    public IEnumerable<OutputFile> Assets() =>
        _assets.All.SelectMany(asset => new[] { ContentLoader.AssetsFolder + "/" + asset.Name, AssetManifest.StaticFolder + "/" + asset.FingerprintedName }
            .Select(path => new OutputFile(path, asset.Bytes)));

    private static List<PageJob> PlanPages(SiteModel site, ThemeTemplates theme)
    {
        var urls = site.Urls;
        var jobs = new List<PageJob>
        {
            new("home", urls.Home, null, null),
            new("topics", urls.AToZ, null, null),
            new("risk-index", urls.RiskIndex, null, null),
            new("search", urls.Search, null, null),
            new("404", urls.NotFound, null, null),
            new("codes", urls.Codes, null, null),
        };
        if (site.Config.UrgentHelp is { } help)
        {
            jobs.Add(new("get-help", urls.GetHelp, help, null));
        }

        jobs.AddRange(site.Topics.Select(topic => new PageJob(theme.TopicTemplate(topic.TypeId), urls.Topic(topic.Slug), topic, topic.SourcePath)));
        jobs.AddRange(site.Categories.Select(category => new PageJob("category", urls.Category(category.Slug), category, null)));
        jobs.AddRange(site.Tags.Select(tag => new PageJob("tag", urls.Tag(tag.Slug), tag, null)));
        jobs.AddRange(site.Config.RiskLevels.Select(level => new PageJob("risk", urls.Risk(level.Id), level, null)));
        jobs.AddRange(site.Authors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(author => new PageJob("author", urls.Author(author.Id), author, null)));
        jobs.AddRange(site.Pages.Select(page => new PageJob("page", urls.Page(page.Slug), page, page.SourcePath)));
        return jobs;
    }

    private Dictionary<string, object?> DataOf(PageJob job) => job.Subject switch
    {
        Topic topic => _views.Topic(topic),
        Category category => _views.Category(category),
        Tag tag => _views.Tag(tag),
        RiskLevel level => _views.Risk(level),
        Author author => _views.Author(author),
        Page page => _views.Page(page),
        UrgentHelp help => _views.GetHelp(help),
        _ => job.Template switch
        {
            "home" => _views.Home(),
            "topics" => _views.AToZ(AToZEntry.From(_site.Topics)),
            "risk-index" => _views.RiskIndex(),
            "search" => _views.Search(),
            "404" => _views.NotFound(),
            "codes" => _views.Codes(),
            _ => throw new InvalidOperationException($"no data for the '{job.Template}' template"),
        },
    };

    private IEnumerable<(string, string?)> SitemapEntries()
    {
        var modified = _site.Topics.ToDictionary(
            topic => _site.Urls.Topic(topic.Slug),
            topic => PageViews.Iso(new[] { topic.Updated, topic.LastReviewed, topic.Published }.Max()),
            StringComparer.Ordinal);
        foreach (var page in _site.Pages)
        {
            modified[_site.Urls.Page(page.Slug)] = PageViews.Iso(page.Updated);
        }

        return Pages.Select(job => job.Url).Where(url => url != _site.Urls.NotFound).Select(url => (_site.Urls.Absolute(url), modified.GetValueOrDefault(url)));
    }
}
