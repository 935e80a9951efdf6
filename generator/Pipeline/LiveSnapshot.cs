using HealthLibrary.Model;

namespace HealthLibrary.Pipeline;

/// <summary>One good build of a live site: every output file by its path (topics/a/index.html), never changed once made.</summary>
public sealed class LiveSnapshot(int version, IReadOnlyDictionary<string, LivePage> files, SiteUrls urls)
{
    /// <summary>Counts good builds from 1, so a browser can tell a new site from the one it shows.</summary>
    public int Version => version;

    public SiteUrls Urls => urls;

    public IReadOnlyDictionary<string, LivePage> Files => files;

    public LivePage? Find(string path) => files.GetValueOrDefault(path);

    /// <summary>Pages a change made stale that no one has asked for yet.</summary>
    public IEnumerable<LivePage> Pending => files.Values.Where(page => !page.IsRendered);
}
