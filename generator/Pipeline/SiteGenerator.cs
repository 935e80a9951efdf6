using System.Runtime;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Model;
using HealthLibrary.Output;
using HealthLibrary.Rendering;
using HealthLibrary.Review;
using HealthLibrary.Search;

namespace HealthLibrary.Pipeline;

/// <summary>The one place that lists the stages: Load (read, validate, link; writes nothing), then Build (render, write).</summary>
public static class SiteGenerator
{
    /// <summary>About 17 MB of bodies' sources: fewer are not worth a collection.</summary>
    private const int CollectAfterBodies = 1_000;

    /// <summary>
    /// Stages 1 and 2 plus the theme: every problem of the library, gathered before stopping. serve passes the work
    /// of its earlier builds to <paramref name="reuse"/>, so only what changed is read, parsed and linked again.
    /// </summary>
    public static (LoadedSite? Site, GeneratorResult Result) Load(IContentSource input, BuildOptions options, ReusableWork? reuse = null)
    {
        var (_, site, result) = LoadAll(input, options, reuse);
        return (site, result);
    }

    /// <summary><c>check</c>: Load, then the reviewer's report on what stage 1 read (it works on a library with errors too).</summary>
    public static CheckReport Check(IContentSource input, BuildOptions options)
    {
        var (content, _, result) = LoadAll(input, options, null);
        return CheckReportBuilder.Build(content, options.Today, result.Diagnostics) with { ToFillIn = SettingsPlaceholders.Find(input) };
    }

    private static (LoadedContent? Content, LoadedSite? Site, GeneratorResult Result) LoadAll(IContentSource input, BuildOptions options, ReusableWork? reuse)
    {
        var diagnostics = new DiagnosticBag();
        var timings = options.Timings ?? new StageTimings();
        // The theme needs only the settings, so it is compiled on its own thread while the topics are read.
        Task<(ThemeTemplates? Theme, AssetManifest? Assets)>? loadingTheme = null;
        var themeDiagnostics = new DiagnosticBag();
        // One SiteUrls for the site, made once its settings are read: the theme's asset function and the model make
        // every address from it.
        SiteUrls? urls = null;
        var content = timings.Time("read and parse", () => ContentLoader.Load(
            input,
            diagnostics,
            options.Today,
            options.BaseUrl,
            reuse?.Files,
            options.Progress,
            settingsRead: (config, assets) =>
            {
                var siteUrls = urls = new SiteUrls(config.BaseUrl);
                loadingTheme = reuse is { Theme: { } kept, Assets: { } keptAssets }
                    ? Task.FromResult<(ThemeTemplates?, AssetManifest?)>((kept, keptAssets))
                    : Task.Run(() => timings.Time("theme", () => LoadTheme(config, assets, input, siteUrls, options, themeDiagnostics)));
            },
            readHashes: options.ReadFileHashes));
        LoadedSite? site = null;
        if (content is not null)
        {
            var model = timings.Time("model and links", () => SiteModelBuilder.Build(content, urls!, diagnostics, reuse?.Model));
            var (theme, assets) = loadingTheme!.GetAwaiter().GetResult();
            diagnostics.AddRange(themeDiagnostics.ToSortedList());
            if (theme is not null && assets is not null && !diagnostics.HasErrors)
            {
                site = new LoadedSite(model, theme, assets, input);
            }
        }

        var result = new GeneratorResult(diagnostics.ToSortedList(), options.Strict);
        return (content, result.Succeeded ? site : null, result);
    }

    /// <summary>
    /// Stages 3 to 5: renders every page, builds the search index, and writes both to the sink. It uses up the site:
    /// each topic's and page's body is let go once its page and search document are made.
    /// </summary>
    public static BuildReport Build(LoadedSite site, IOutputSink sink, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = options.Timings ?? new StageTimings();
        var model = site.Model;
        sink = options.Precompress ? new PrecompressingOutput(sink) : sink;

        // Pages render on every core; the index is one long computation on a thread of its own, so both cores stay
        // busy until the end. Each topic's search document is made and analysed (tokens, stems and counts) beside its
        // page, from the same syntax tree, parsed again from its source for the two and then let go; the index's own
        // thread only adds the terms in order. Only documents made ahead of the index wait.
        // The search page names the split index's vocabulary by its content hash: it renders last, once the index is
        // written.
        var positions = new Dictionary<WrittenPage, int>(ReferenceEqualityComparer.Instance);
        foreach (var (subject, position) in SearchDocumentBuilder.Subjects(model).Select((subject, position) => (subject, position)))
        {
            positions[subject] = position;
        }

        var feed = new SearchDocumentFeed(positions.Count);
        var kept = options.KeepSearchDocuments ? new List<SearchDocument>() : null;
        var builder = SearchFiles.IndexBuilder();
        var index = Task.Run(() => timings.Time("search index and store", () =>
            SearchFiles.Write(builder, feed.InOrder(), options.SearchSplit ?? model.Config.SearchSplit, model.Urls.BasePath, sink, kept)));

        // Bodies let go once their pages are made sit in the oldest generation, which the GC rarely visits, so a
        // background collection each time an eighth of them has gone keeps them from raising the peak memory.
        var released = 0;
        var collectEvery = Math.Max(CollectAfterBodies, positions.Count / 8);
        void Rendered(PageJob job)
        {
            if (job.File.Written is not { } written || !positions.TryGetValue(written, out var position))
            {
                return;
            }

            var document = SearchDocumentBuilder.Of(model, written, position);
            feed.Add(position, (document, builder.Analyze(document.Fields)));
            written.Body.Release();
            var count = Interlocked.Increment(ref released);
            if (count == positions.Count && count >= CollectAfterBodies)
            {
                // The last body is gone, and the index is about to be finished, where the build's memory peaks: one
                // compacting collection, the large object heap included, gives back the room the bodies and the
                // index's outgrown lists left before the finished index takes more.
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
            else if (count % collectEvery == 0)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: false);
            }
        }

        var renderer = new SiteRenderer(model, site.Theme, site.Assets, new Lazy<SearchOutput>(() => index.GetAwaiter().GetResult()), site.Input, options.Today);
        int pages;
        try
        {
            pages = timings.Time("render and write pages", () => renderer.Render(sink, diagnostics, options.Progress, Rendered));
        }
        catch
        {
            feed.Abandon();
            throw;
        }

        index.GetAwaiter().GetResult();
        return new BuildReport(pages, kept ?? [], new GeneratorResult(diagnostics.ToSortedList(), options.Strict));
    }

    /// <summary>Finds the theme, takes stock of every asset (the compiled templates link them by content hash), and compiles the templates.</summary>
    private static (ThemeTemplates? Theme, AssetManifest? Assets) LoadTheme(Configuration.SiteConfig config, IReadOnlyList<string> inputAssets, IContentSource input, SiteUrls urls, BuildOptions options, DiagnosticBag diagnostics)
    {
        var theme = options.Theme;
        if (theme is null)
        {
            var name = config.Theme;
            var folder = ThemeLocator.Find(name, input.FullPath(""), out var tried);
            if (folder is null)
            {
                diagnostics.Error(
                    DiagnosticCode.ThemeMissing,
                    SourceLocation.WholeFile(input.DisplayPath(Configuration.SiteConfigReader.FileName)),
                    $"theme '{name}' was not found",
                    "looked in: " + string.Join(", ", tried));
                return (null, null);
            }

            theme = new FileSystemContentSource(folder);
        }

        var assets = AssetManifest.Create(theme, input, inputAssets, config.Icon?.Value, options.DerivedFiles);
        if (config.Icon is { } icon && inputAssets.Contains(icon.Value, StringComparer.Ordinal) && assets.Icons is null)
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, icon.Location, $"icon '{icon.Value}' could not be read as an image", "use an SVG or PNG file, ideally square");
        }

        return (ThemeTemplates.Load(theme, input, assets, urls, diagnostics), assets);
    }
}
