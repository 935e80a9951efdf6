using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Model;
using HealthLibrary.Output;
using HealthLibrary.Rendering;
using HealthLibrary.Search;

namespace HealthLibrary.Pipeline;

/// <summary>The one place that lists the stages: Load (read, validate, link; writes nothing), then Build (render, write).</summary>
public static class SiteGenerator
{
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
        return CheckReportBuilder.Build(content, options.Today, result.Diagnostics);
    }

    private static (LoadedContent? Content, LoadedSite? Site, GeneratorResult Result) LoadAll(IContentSource input, BuildOptions options, ReusableWork? reuse)
    {
        var diagnostics = new DiagnosticBag();
        var timings = options.Timings ?? new StageTimings();
        var content = timings.Time("read and parse", () => ContentLoader.Load(input, diagnostics, options.Today, options.BaseUrl, reuse?.Files, options.Progress));
        LoadedSite? site = null;
        if (content is not null)
        {
            var model = timings.Time("model and links", () => SiteModelBuilder.Build(content, diagnostics, reuse?.Model));
            var (theme, assets) = reuse is { Theme: { } kept, Assets: { } keptAssets } ? (kept, keptAssets) : timings.Time("theme", () => LoadTheme(content, input, model.Urls, options, diagnostics));
            if (theme is not null && assets is not null && !diagnostics.HasErrors)
            {
                site = new LoadedSite(model, theme, assets, input);
            }
        }

        var result = new GeneratorResult(diagnostics.ToSortedList(), options.Strict);
        return (content, result.Succeeded ? site : null, result);
    }

    /// <summary>Stages 3 to 5: renders every page, builds the search index, and writes both to the sink.</summary>
    public static BuildReport Build(LoadedSite site, IOutputSink sink, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = options.Timings ?? new StageTimings();

        // The search files come first although they are stage 4: the search page names the split
        // index's vocabulary by its content hash, so the page cannot be rendered before it exists.
        var documents = timings.Time("search documents", () => SearchDocumentBuilder.Build(site.Model));
        var search = timings.Time("search index and store", () => SearchFiles.Write(documents, options.SearchSplit ?? site.Model.Config.SearchSplit, site.Model.Urls.BasePath));
        var pages = timings.Time("render and write pages", () => new SiteRenderer(site.Model, site.Theme, site.Assets, new Lazy<SearchOutput>(search), site.Input, options.Today).Render(sink, diagnostics, options.Progress));
        timings.Time("write and compress search", () =>
        {
            // A split index is hundreds of files, each compressed at the strongest settings: use every core.
            var compressed = search.Files.AsParallel().AsOrdered().Select(file => Precompression.Siblings(file).ToList()).ToList();
            for (var i = 0; i < search.Files.Count; i++)
            {
                sink.Write(search.Files[i]);
                compressed[i].ForEach(sink.Write);
            }
        });

        return new BuildReport(pages, documents, new GeneratorResult(diagnostics.ToSortedList(), options.Strict));
    }

    /// <summary>Finds the theme, takes stock of every asset (the compiled templates link them by content hash), and compiles the templates.</summary>
    private static (ThemeTemplates? Theme, AssetManifest? Assets) LoadTheme(LoadedContent content, IContentSource input, SiteUrls urls, BuildOptions options, DiagnosticBag diagnostics)
    {
        var theme = options.Theme;
        if (theme is null)
        {
            var name = content.Config.Theme;
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

        var assets = AssetManifest.Create(theme, input, content.Assets);
        return (ThemeTemplates.Load(theme, input, assets, urls, diagnostics), assets);
    }
}
