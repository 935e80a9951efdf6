using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Model;
using HealthLibrary.Output;
using HealthLibrary.Rendering;

namespace HealthLibrary.Pipeline;

/// <summary>
/// A site kept in memory for serve. Each rebuild re-reads only the files it is told changed and updates the model
/// from the last one where it can (<see cref="TopicReplacement"/>), else builds it whole. It renders at once the pages
/// of the files that changed, and leaves every other page whose inputs changed to be rendered when first asked for
/// (or by <see cref="RenderPending"/>). Pages whose inputs did not change keep their bytes. While the content has
/// errors, the last good snapshot stays.
/// </summary>
public sealed class LiveSite(IContentSource source, BuildOptions options)
{
    private readonly ListedContentSource _input = new(source);
    private readonly ParsedFileCache _cache = new();
    private readonly Lock _gate = new();
    private ThemeTemplates? _theme;
    private Rendering.AssetManifest? _manifest;
    private int _themeVersion;
    private IReadOnlyDictionary<string, LivePage>? _assets;
    private SiteModel? _model;
    private readonly HashSet<string> _otherFiles = new(StringComparer.Ordinal);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Topic, object> _cards = [];
    private LiveSnapshot? _current;

    /// <summary>The last good build; null until one succeeds.</summary>
    public LiveSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>The theme folder on disk, once a build has found it.</summary>
    public string? ThemeFolder => _theme?.Theme.FullPath("");

    /// <summary>Builds after a change. Only one rebuild runs at a time; callers on other threads wait their turn.</summary>
    public RebuildResult Rebuild(SiteChanges changes)
    {
        lock (_gate)
        {
            return RebuildLocked(changes);
        }
    }

    /// <summary>Renders the pages of <paramref name="snapshot"/> no one asked for yet; returns their template failures.</summary>
    public static IReadOnlyList<Diagnostic> RenderPending(LiveSnapshot snapshot, CancellationToken cancellation)
    {
        var failures = new DiagnosticBag();
        try
        {
            // One thread: a core stays free for the next rebuild, which a writer is waiting for.
            Parallel.ForEach(
                snapshot.Pending.ToList(),
                new ParallelOptions { MaxDegreeOfParallelism = 1, CancellationToken = cancellation },
                page => failures.AddRange(page.Bytes is null ? page.Diagnostics : []));
        }
        catch (OperationCanceledException)
        {
            // A newer build took over; its own pass renders what is still pending.
        }

        return failures.ToSortedList();
    }

    /// <summary>Loads what the change touched, then lays out the next snapshot: pages, other files, assets, search files.</summary>
    private RebuildResult RebuildLocked(SiteChanges changes)
    {
        var (themeStale, assetsStale) = Forget(changes);
        var (site, loaded) = SiteGenerator.Load(_input, options, reuse: new ReusableWork(_cache, themeStale ? null : _theme, _model, themeStale ? null : _manifest));
        if (site is null)
        {
            return new RebuildResult(loaded, null, 0, 0, 0);
        }

        var previous = _current;
        var themeKept = KeepTheme(site);
        // The model was updated from the last one (TopicReplacement): only the pages that show a changed topic are
        // looked at again, and the others keep their bytes unless the header and footer every page shows changed.
        var affected = previous is not null && themeKept && !assetsStale && _model is { } before && site.Model.Changes is { } updated
            ? new AffectedPages(before, site.Model, updated)
            : null;
        // serve keeps the single-file index whatever site.yml says: its file names are known before it is built,
        // so it can wait until someone searches, and an edit costs no index work.
        var searchFiles = new MemoryOutput();
        var searchOutput = new Lazy<Search.SearchOutput>(() => SiteGenerator.Index(site.Model, Configuration.SearchSplitMode.Never, new PrecompressingOutput(searchFiles)));
        var renderer = SiteGenerator.Renderer(site, searchOutput, options);

        var files = new Dictionary<string, LivePage>(StringComparer.Ordinal);
        var (changed, eager) = AddPages(files, site.Model, renderer, previous, affected);
        Parallel.ForEach(eager, page => _ = page.Bytes);
        var failures = eager.SelectMany(page => page.Diagnostics).ToList();
        if (failures.Count > 0)
        {
            return new RebuildResult(new GeneratorResult([.. loaded.Diagnostics, .. failures], options.Strict), null, 0, 0, 0);
        }

        changed += AddOtherFiles(files, renderer, previous, affected, assetsStale);
        changed += AddSearchFiles(files, searchOutput, searchFiles);
        changed += previous?.Files.Keys.Count(path => !files.ContainsKey(path)) ?? 0;
        var snapshot = changed == 0 && previous is not null ? previous : new LiveSnapshot((previous?.Version ?? 0) + 1, files, site.Model.Urls);
        Volatile.Write(ref _current, snapshot);
        _model = site.Model;
        return new RebuildResult(loaded, snapshot, changed, eager.Count, changed == 0 ? 0 : snapshot.Pending.Count()) { Updated = affected is not null };
    }

    /// <summary>Forgets the parses the change made stale; says whether the compiled theme and the assets are stale too.</summary>
    private (bool Theme, bool Assets) Forget(SiteChanges changes)
    {
        var themeStale = _theme is null || changes.Theme || changes.Everything;
        var assetsStale = _assets is null || changes.Theme || changes.Everything;
        if (changes.Everything)
        {
            _cache.InvalidateAll();
        }

        if (changes.FilesMoved || changes.Everything)
        {
            _input.Forget();
        }

        foreach (var path in changes.Paths)
        {
            _cache.Invalidate(path);
            // The templates' asset addresses come from base_url, so site.yml recompiles them too.
            themeStale |= path == Configuration.SiteConfigReader.FileName || IsBelow(path, ThemeTemplates.LayoutsFolder);
            assetsStale |= IsBelow(path, ContentLoader.AssetsFolder);

            // The compiled templates link assets by content hash, so a changed asset recompiles them.
            themeStale |= IsBelow(path, ContentLoader.AssetsFolder);
        }

        return (themeStale, assetsStale);
    }

    /// <summary>Keeps the site's compiled theme for the next load; true when it is the one the last load kept.</summary>
    private bool KeepTheme(LoadedSite site)
    {
        if (ReferenceEquals(site.Theme, _theme))
        {
            return true;
        }

        _theme = site.Theme;
        _manifest = site.Assets;
        _themeVersion++;
        return false;
    }

    /// <summary>
    /// Adds every page: the last snapshot's where its fingerprint is the same, else one rendered when first asked for,
    /// or at once (the eager ones) for the file the writer saved. Returns how many changed.
    /// </summary>
    private (int Changed, List<LivePage> Eager) AddPages(Dictionary<string, LivePage> files, SiteModel model, SiteRenderer renderer, LiveSnapshot? previous, AffectedPages? affected)
    {
        var fingerprints = new PageFingerprints(model, _cache.HashOf, $"{_cache.Context}/{_themeVersion}", _cards);
        var jobs = renderer.Pages;
        var paths = jobs.Select(job => model.Urls.OutputPath(job.Url)).ToArray();
        var digests = new PageFingerprint[jobs.Count];
        Parallel.For(0, jobs.Count, i => digests[i] = affected is not null && previous!.Find(paths[i]) is { } kept && !affected.Contains(jobs[i])
            ? kept.Fingerprint with { SiteWide = fingerprints.SiteWide }
            : fingerprints.Of(jobs[i]));
        var eager = new List<LivePage>();
        var changed = 0;
        for (var i = 0; i < jobs.Count; i++)
        {
            var (job, path, fingerprint) = (jobs[i], paths[i], digests[i]);
            if (previous?.Find(path) is { } same && same.Fingerprint == fingerprint)
            {
                files[path] = same;
                continue;
            }

            var page = new LivePage(fingerprint, bag => renderer.TryRender(job, bag));
            files[path] = page;
            changed++;
            // The writer is looking at the file they saved: render its page now, and the rest when asked for.
            if (previous is null || (job.SourcePath is not null && _cache.Changed.Contains(job.SourcePath)))
            {
                eager.Add(page);
            }
        }

        return (changed, eager);
    }

    /// <summary>Adds the files that are not pages (sitemap, feed, codes, redirects) and the assets; returns how many changed.</summary>
    private int AddOtherFiles(Dictionary<string, LivePage> files, SiteRenderer renderer, LiveSnapshot? previous, AffectedPages? affected, bool assetsStale)
    {
        var changed = 0;
        if (affected is null)
        {
            // As a whole build does: /codes/index.json is fetched by a page, so it is precompressed like the search index.
            _otherFiles.Clear();
            foreach (var file in renderer.OtherFiles().SelectMany(Output.Precompression.WithSiblings))
            {
                changed += Keep(files, file.Path, file.Content.ToArray(), previous);
                _otherFiles.Add(file.Path);
            }

            if (assetsStale)
            {
                _assets = renderer.Assets().SelectMany(Output.Precompression.WithSiblings).ToDictionary(file => file.Path, file => new LivePage(file.Content.ToArray()), StringComparer.Ordinal);
                changed += _assets.Count;
            }
        }
        else if (affected.ListingsChanged)
        {
            // The sitemap, feed and codes list every topic: made again when first asked for. An update keeps every
            // address and alias, so they are the same files.
            var others = new Lazy<Dictionary<string, byte[]>>(() => renderer.OtherFiles().SelectMany(Output.Precompression.WithSiblings)
                .ToDictionary(file => file.Path, file => file.Content.ToArray(), StringComparer.Ordinal));
            foreach (var path in _otherFiles)
            {
                files[path] = new LivePage(default, _ => others.Value[path]);
            }

            changed += _otherFiles.Count;
        }
        else
        {
            foreach (var path in _otherFiles)
            {
                files[path] = previous!.Find(path)!;
            }
        }

        foreach (var (path, asset) in _assets!)
        {
            files.TryAdd(path, asset);
        }

        return changed;
    }

    /// <summary>Adds the search files: the index changes with any edit but is only needed when someone searches, so it is built then, once.</summary>
    private static int AddSearchFiles(Dictionary<string, LivePage> files, Lazy<Search.SearchOutput> index, MemoryOutput written)
    {
        var search = new Lazy<IReadOnlyDictionary<string, byte[]>>(() =>
        {
            _ = index.Value;
            return written.Files;
        });
        foreach (var path in SearchFilePaths)
        {
            files[path] = new LivePage(default, _ => search.Value[path]);
        }

        return SearchFilePaths.Length;
    }

    /// <summary>Adds a file made whole (not rendered through the theme), keeping the old one when its bytes are the same.</summary>
    private static int Keep(Dictionary<string, LivePage> files, string path, byte[] bytes, LiveSnapshot? previous)
    {
        if (previous?.Find(path) is { IsRendered: true, Bytes: { } old } same && old.AsSpan().SequenceEqual(bytes))
        {
            files[path] = same;
            return 0;
        }

        files[path] = new LivePage(bytes);
        return 1;
    }

    /// <summary>What the search stage writes: the index and the store, each with its .gz and .br.</summary>
    public static readonly string[] SearchFilePaths = [.. new[] { Search.SearchFiles.IndexPath, Search.SearchFiles.StorePath }.SelectMany(path => new[] { path, path + ".gz", path + ".br" })];

    private static bool IsBelow(string path, string folder) => path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);
}
