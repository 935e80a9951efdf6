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
        Plan = SitePlan.Of(site);
        Pages = [.. Plan.Pages.Select(file => new PageJob(TemplateOf(file, theme), file))];
    }

    /// <summary>Every file the site writes, with its kind and address.</summary>
    public SitePlan Plan { get; }

    /// <summary>Every page of the site, in the plan's order: the site-wide pages, then topics, listings and pages.</summary>
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
                sink.Write(new OutputFile(job.File.Path, buffer.Written));
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

        // Topics and pages go first, so their bodies can be let go early (see Pipeline/RenderAndIndex); listings, which
        // only need titles and summaries, after them. One worker per core: the thread pool would add more while
        // writes block, and starve the index's thread.
        var order = Pages.Where(job => job.File.Written is not null).Concat(Pages.Where(job => job.File.Written is null && job.File.Kind != SiteFileKind.Search));
        try
        {
            Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, RenderOne);
            Pages.Where(job => job.File.Kind == SiteFileKind.Search).ToList().ForEach(RenderOne);
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
        foreach (var file in Plan.Files.Where(file => !file.IsPage))
        {
            var content = file.Kind switch
            {
                SiteFileKind.Redirect when file.Subject is Alias alias => Utf8(RedirectPage.Write(alias.TargetUrl, urls.Absolute(alias.TargetUrl), alias.Title)),
                SiteFileKind.Sitemap => Utf8(SitemapWriter.Write(SitemapEntries())),
                SiteFileKind.Robots => Utf8($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Sitemap)}\n"),
                SiteFileKind.Feed => Utf8(AtomFeedWriter.Write(_site)),
                SiteFileKind.CodesIndex => Utf8(CodesIndexFile.Write(_site)),
                SiteFileKind.HostingHeaders => Utf8(HostingRules.Headers(urls)),
                SiteFileKind.HostingRedirects => Utf8(HostingRules.Redirects(_site.Aliases)),
                SiteFileKind.Favicon => _assets.Icons?.Favicon,
                SiteFileKind.TouchIcon => _assets.Icons?.TouchIcon,
                SiteFileKind.NoJekyll => [],
                _ => throw new InvalidOperationException($"nothing writes a {file.Kind}"),
            };
            if (content is not null)
            {
                yield return new OutputFile(file.Path, content);
            }
        }

        static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Each asset twice: at its plain name under /assets/ for hand-written addresses, and content-hashed under /static/ for long caching.</summary>
    public IEnumerable<OutputFile> Assets() =>
        _assets.All.SelectMany(asset => new[] { ContentLoader.AssetsFolder + "/" + asset.Name, AssetManifest.StaticFolder + "/" + asset.FingerprintedName }
            .Select(path => new OutputFile(path, asset.Bytes)));

    /// <summary>The template of each kind of page; a topic's comes from its page type.</summary>
    private static string TemplateOf(PlannedFile file, ThemeTemplates theme) => file.Kind switch
    {
        SiteFileKind.Home => "home",
        SiteFileKind.AToZ => "topics",
        SiteFileKind.RiskIndex => "risk-index",
        SiteFileKind.Search => "search",
        SiteFileKind.NotFound => "404",
        SiteFileKind.Codes => "codes",
        SiteFileKind.GetHelp => "get-help",
        SiteFileKind.Topic => theme.TopicTemplate(((Topic)file.Subject!).TypeId),
        SiteFileKind.Category => "category",
        SiteFileKind.Tag => "tag",
        SiteFileKind.Risk => "risk",
        SiteFileKind.Author => "author",
        SiteFileKind.Page => "page",
        _ => throw new ArgumentException($"a {file.Kind} is not a page", nameof(file)),
    };

    private Dictionary<string, object?> DataOf(PageJob job) => job.Subject switch
    {
        Topic topic => _views.Topic(topic),
        Category category => _views.Category(category),
        Tag tag => _views.Tag(tag),
        RiskLevel level => _views.Risk(level),
        Author author => _views.Author(author),
        Page page => _views.Page(page),
        UrgentHelp help => _views.GetHelp(help),
        _ => job.File.Kind switch
        {
            SiteFileKind.Home => _views.Home(),
            SiteFileKind.AToZ => _views.AToZ(AToZEntry.From(_site.Topics)),
            SiteFileKind.RiskIndex => _views.RiskIndex(),
            SiteFileKind.Search => _views.Search(),
            SiteFileKind.NotFound => _views.NotFound(),
            SiteFileKind.Codes => _views.Codes(),
            _ => throw new InvalidOperationException($"no data for the '{job.Template}' template"),
        },
    };

    /// <summary>Every page but the 404 page, with the date its topic or page last changed where it has one.</summary>
    private IEnumerable<(string, string?)> SitemapEntries() =>
        Plan.Pages.Where(file => file.Kind != SiteFileKind.NotFound).Select(file => (_site.Urls.Absolute(file.Url), file.Subject switch
        {
            Topic topic => PageViews.Iso(new[] { topic.Updated, topic.LastReviewed, topic.Published }.Max()),
            Page page => PageViews.Iso(page.Updated),
            _ => null,
        }));
}
