using System.Collections.Concurrent;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Model;
using HealthLibrary.Output;
using HealthLibrary.Rendering;
using HealthLibrary.Review;
using HealthLibrary.Search;

namespace HealthLibrary.Pipeline;

/// <summary>The one list of stages that build, check and serve read: Load (settings, theme, content, model), then render-and-index, then output.</summary>
/// <remarks>
/// <list type="number">
/// <item>Load, which writes nothing: settings (Content/ContentLoader.ReadSettings), the theme (Rendering/SiteTheme,
/// compiled on its own thread meanwhile), content (Content/), model (Model/).</item>
/// <item>Render and index, one woven step (Pipeline/RenderAndIndex over Rendering/ and Search/).</item>
/// <item>Output (Output/): each file goes to the sink as it is made; a folder is swapped in whole by Pipeline/IncrementalBuild,
/// which skips the stages when the folder already holds what they would write.</item>
/// </list>
/// <c>check</c> is Load, then Review/. <c>serve</c> (Pipeline/LiveSite) is Load, then <see cref="Renderer"/> and
/// <see cref="Index"/>, each page rendered when first asked for.
/// </remarks>
public static class SiteGenerator
{
    /// <summary>
    /// Reads, validates and links the library, and compiles its theme; writes nothing, and gathers every problem
    /// before stopping. serve passes the work of its earlier builds to <paramref name="reuse"/>, so only what changed
    /// is read, parsed and linked again.
    /// </summary>
    public static (LoadedSite? Site, GeneratorResult Result) Load(IContentSource input, BuildOptions options, BuildObservers? observers = null, ReusableWork? reuse = null) =>
        Load(input, options, observers ?? BuildObservers.None, reuse, readHashes: null);

    /// <summary>Load, recording the SHA-256 of each topic and page file as read in <paramref name="readHashes"/> (for <see cref="IncrementalBuild"/>).</summary>
    internal static (LoadedSite? Site, GeneratorResult Result) Load(IContentSource input, BuildOptions options, BuildObservers observers, ReusableWork? reuse, ConcurrentDictionary<string, byte[]>? readHashes)
    {
        var (_, site, result) = LoadAll(input, options, observers, reuse, readHashes);
        return (site, result);
    }

    /// <summary>Settings, then theme (beside the rest), content and model.</summary>
    private static (LoadedContent? Content, LoadedSite? Site, GeneratorResult Result) LoadAll(IContentSource input, BuildOptions options, BuildObservers observers, ReusableWork? reuse, ConcurrentDictionary<string, byte[]>? readHashes)
    {
        var diagnostics = new DiagnosticBag();
        var settings = observers.Time("settings", () => ContentLoader.ReadSettings(input, diagnostics, options.Today, options.BaseUrl, reuse?.Files));
        if (settings is null)
        {
            return (null, null, new GeneratorResult(diagnostics.ToSortedList(), options.Strict));
        }

        // The theme's asset function and the model make every address from this one SiteUrls.
        var urls = new SiteUrls(settings.Config.BaseUrl);

        // The theme needs only the settings, so it is compiled on its own thread while the topics are read.
        var themeDiagnostics = new DiagnosticBag();
        var theme = reuse is { Theme: { } keptTheme, Assets: { } keptAssets }
            ? Task.FromResult<(ThemeTemplates?, AssetManifest?)>((keptTheme, keptAssets))
            : Task.Run(() => observers.Time("theme", () => SiteTheme.Load(settings, input, urls, options.Theme, options.DerivedFiles, themeDiagnostics)));

        var content = observers.Time("read and parse", () => ContentLoader.Load(input, settings, diagnostics, options.Today, reuse?.Files, observers.Progress, readHashes));
        var model = observers.Time("model and links", () => SiteModelBuilder.Build(content, urls, diagnostics, reuse?.Model));

        var (templates, assets) = theme.GetAwaiter().GetResult();
        diagnostics.AddRange(themeDiagnostics.ToSortedList());
        var result = new GeneratorResult(diagnostics.ToSortedList(), options.Strict);
        var site = result.Succeeded && templates is not null && assets is not null ? new LoadedSite(model, templates, assets, input) : null;
        return (content, site, result);
    }

    /// <summary><c>check</c>: Load, then the reviewer's report on what was read (it works on a library with errors too).</summary>
    public static CheckReport Check(IContentSource input, BuildOptions options)
    {
        var (content, _, result) = LoadAll(input, options, BuildObservers.None, null, null);
        return CheckReportBuilder.Build(content, options.Today, result.Diagnostics) with { ToFillIn = SettingsPlaceholders.Find(input) };
    }

    /// <summary>
    /// Renders every page and indexes it for search, one woven step (<see cref="RenderAndIndex"/>), into the output.
    /// It uses up the site: each body is let go once its page and search document are made.
    /// </summary>
    public static BuildReport Build(LoadedSite site, IOutputSink sink, BuildOptions options, BuildObservers? observers = null) =>
        RenderAndIndex.Run(site, options.Precompress ? new PrecompressingOutput(sink) : sink, options, observers ?? BuildObservers.None);

    /// <summary>Rendering on its own, for serve, which renders a page when it is first asked for.</summary>
    public static SiteRenderer Renderer(LoadedSite site, Lazy<SearchOutput> search, BuildOptions options) =>
        new(site.Model, site.Theme, site.Assets, search, site.Input, options.Today);

    /// <summary>Indexing on its own, for serve, which indexes only when someone searches.</summary>
    public static SearchOutput Index(SiteModel model, Configuration.SearchSplitMode split, IOutputSink sink) =>
        SearchFiles.Write(SearchDocumentBuilder.Build(model), split, model.Urls.BasePath, sink);
}
