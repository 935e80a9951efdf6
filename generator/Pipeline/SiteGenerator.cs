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
    /// <summary>Stages 1 and 2 plus the theme: every problem of the library, gathered before stopping.</summary>
    public static (LoadedSite? Site, GeneratorResult Result) Load(IContentSource input, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = options.Timings ?? new StageTimings();
        var content = timings.Time("read and parse", () => ContentLoader.Load(input, diagnostics, options.Today, options.BaseUrl));
        LoadedSite? site = null;
        if (content is not null)
        {
            var model = timings.Time("model and links", () => SiteModelBuilder.Build(content, diagnostics));
            var themeSource = FindTheme(content.Config.Theme, input, options, diagnostics);
            if (themeSource is not null)
            {
                var assets = AssetManifest.Create(themeSource, input, content.Assets);
                var theme = timings.Time("theme", () => ThemeTemplates.Load(themeSource, input, assets, model.Urls, diagnostics));
                if (theme is not null && !diagnostics.HasErrors)
                {
                    site = new LoadedSite(model, theme, assets, input);
                }
            }
        }

        var result = new GeneratorResult(diagnostics.ToSortedList(), options.Strict);
        return (result.Succeeded ? site : null, result);
    }

    /// <summary>Stages 3 to 5: renders every page, builds the search index, and writes both to the sink.</summary>
    public static BuildReport Build(LoadedSite site, IOutputSink sink, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = options.Timings ?? new StageTimings();

        // The index is one long computation on one thread; pages render on the others meanwhile, so every core
        // stays busy until the end. Both only read the model.
        var search = Task.Run(() => timings.Time("search, beside pages", () => WriteSearch(site, sink, timings)));
        var pages = timings.Time("render and write pages", () => new SiteRenderer(site.Model, site.Theme, site.Assets, options.Today).Render(sink, diagnostics));
        var documents = search.GetAwaiter().GetResult();
        return new BuildReport(pages, documents, new GeneratorResult(diagnostics.ToSortedList(), options.Strict));
    }

    private static IReadOnlyList<SearchDocument> WriteSearch(LoadedSite site, IOutputSink sink, StageTimings timings)
    {
        var documents = timings.Time("search documents", () => SearchDocumentBuilder.Build(site.Model));
        var files = timings.Time("search index and store", () => SearchFiles.Write(documents).ToList());

        // gzip and brotli of a large index take a second or more each: run them side by side.
        timings.Time("write and compress search", () => Parallel.ForEach(
            files.SelectMany(file => new Func<OutputFile>[] { () => file, () => Precompression.Gzip(file), () => Precompression.Brotli(file) }),
            write => sink.Write(write())));
        return documents;
    }

    private static IContentSource? FindTheme(string name, IContentSource input, BuildOptions options, DiagnosticBag diagnostics)
    {
        var theme = options.Theme;
        if (theme is null)
        {
            var folder = ThemeLocator.Find(name, input.FullPath(""), out var tried);
            if (folder is null)
            {
                diagnostics.Error(
                    DiagnosticCode.ThemeMissing,
                    SourceLocation.WholeFile(input.DisplayPath(Configuration.SiteConfigReader.FileName)),
                    $"theme '{name}' was not found",
                    "looked in: " + string.Join(", ", tried));
                return null;
            }

            theme = new FileSystemContentSource(folder);
        }

        return theme;
    }
}
