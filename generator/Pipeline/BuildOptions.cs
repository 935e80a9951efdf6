using HealthLibrary.Input;

namespace HealthLibrary.Pipeline;

/// <summary>
/// What the user asked of a build: the base URL, strictness, the date "today" (for review flags), the theme, the search
/// split, compression. Who watches it go by (progress, timings) is <see cref="BuildObservers"/>, passed in beside.
/// </summary>
public sealed record BuildOptions
{
    public string? BaseUrl { get; init; }

    /// <summary>Warnings fail the build too.</summary>
    public bool Strict { get; init; }

    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Overrides site.yml's search: split: (the benchmarks build one library both ways).</summary>
    public Configuration.SearchSplitMode? SearchSplit { get; init; }

    /// <summary>
    /// Writes .gz and .br beside scripts, styles and search files, for hosts that serve them as they are (S3, a
    /// plain nginx). Hosts that compress on their own, such as Netlify, do not need them.
    /// </summary>
    public bool Precompress { get; init; } = true;

    /// <summary>Keeps every document fed to the search index for <see cref="BuildReport.SearchDocuments"/> (build --search-documents, tests).</summary>
    public bool KeepSearchDocuments { get; init; }

    /// <summary>A theme to use instead of the one site.yml names (tests pass one in memory).</summary>
    public IContentSource? Theme { get; init; }

    /// <summary>Where results that depend only on their sources, the theme's minified files, are kept between builds (as Hugo's cacheDir); null keeps none.</summary>
    public Output.DerivedFileCache? DerivedFiles { get; init; }
}
