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
        var content = ContentLoader.Load(input, diagnostics, options.Today, options.BaseUrl);
        LoadedSite? site = null;
        if (content is not null)
        {
            var model = SiteModelBuilder.Build(content, diagnostics);
            var themeSource = FindTheme(content.Config.Theme, input, options, diagnostics);
            if (themeSource is not null)
            {
                var assets = AssetManifest.Create(themeSource, input, content.Assets);
                var theme = ThemeTemplates.Load(themeSource, input, name => assets.Url(name, model.Urls), diagnostics);
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
        // The search files come first although they are stage 4: the search page names the split
        // index's vocabulary by its content hash, so the page cannot be rendered before it exists.
        var documents = SearchDocumentBuilder.Build(site.Model);
        var search = SearchFiles.Write(documents, options.SearchSplit ?? site.Model.Config.SearchSplit, site.Model.Urls.BasePath);
        var pages = new SiteRenderer(site.Model, site.Theme, site.Assets, search, options.Today).Render(sink, diagnostics);
        // A split index is hundreds of files, each compressed at the strongest settings: use every core.
        var compressed = search.Files.AsParallel().AsOrdered().Select(file => Precompression.Siblings(file).ToList()).ToList();
        for (var i = 0; i < search.Files.Count; i++)
        {
            sink.Write(search.Files[i]);
            compressed[i].ForEach(sink.Write);
        }

        return new BuildReport(pages, documents, new GeneratorResult(diagnostics.ToSortedList(), options.Strict));
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
