using System.Collections;

namespace HealthLibrary.Configuration;

/// <summary>The disclaimers a topic shows, in order: the site's defaults, then its risk level's, then its own, each once where it first appears.</summary>
public sealed class DisclaimerSet : IReadOnlyList<Disclaimer>
{
    private readonly IReadOnlyList<Disclaimer> _items;

    private DisclaimerSet(IReadOnlyList<Disclaimer> items) => _items = items;

    /// <summary>The set of a topic at <paramref name="risk"/> whose front matter names <paramref name="ownIds"/>; ids site.yml does not define are left out, as they are reported where they are written.</summary>
    public static DisclaimerSet For(SiteConfig config, RiskLevel? risk, IEnumerable<string> ownIds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<Disclaimer>();
        foreach (var id in config.DefaultDisclaimers.Concat(risk?.DisclaimerIds ?? []).Concat(ownIds))
        {
            if (seen.Add(id) && config.Disclaimers.TryGetValue(id, out var disclaimer))
            {
                items.Add(disclaimer);
            }
        }

        return new DisclaimerSet(items);
    }

    public int Count => _items.Count;

    public Disclaimer this[int index] => _items[index];

    public IEnumerable<string> Ids => _items.Select(item => item.Id);

    public IEnumerator<Disclaimer> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
