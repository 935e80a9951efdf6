namespace HealthLibrary.Configuration;

/// <summary>site.yml's search: split: one index file, or a vocabulary and shards the search page fetches as a query needs them.</summary>
public enum SearchSplitMode
{
    /// <summary>Split only when one file would be too heavy for a reader on a phone.</summary>
    Auto,

    Always,

    Never,
}
