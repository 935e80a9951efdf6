using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>
/// After a model update (<see cref="SiteModel.Changes"/>), the pages that may show something different: each changed
/// topic's page, and unless only bodies changed, the topics whose previous or next topic, related cards or tag names
/// changed, the listings each changed topic leaves or joins, and the pages that list every topic. Every other page
/// shows what it showed, apart from the site-wide parts (<see cref="PageFingerprint.SiteWide"/>).
/// </summary>
public sealed class AffectedPages
{
    private readonly HashSet<object> _subjects = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _risks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _authors = new(StringComparer.Ordinal);

    public AffectedPages(SiteModel before, SiteModel after, IReadOnlyList<TopicChange> changes)
    {
        foreach (var change in changes)
        {
            _subjects.Add(change.After);
        }

        ListingsChanged = changes.Any(change => !change.BodyOnly);
        if (!ListingsChanged)
        {
            return;
        }

        foreach (var change in changes)
        {
            foreach (var topic in new[] { change.Before, change.After }.OfType<Topic>())
            {
                _risks.Add(topic.Risk?.Id ?? "");
                _authors.UnionWith(new[] { topic.AuthorId, topic.ReviewerId }.OfType<string>());
            }
        }

        foreach (var (slug, neighbours) in after.Navigation)
        {
            if (!before.Navigation.TryGetValue(slug, out var had)
                || !ReferenceEquals(had.Previous, neighbours.Previous) || !ReferenceEquals(had.Next, neighbours.Next))
            {
                _subjects.Add(after.TopicsBySlug[slug]);
            }
        }

        // Related topics are shown as cards, by slug.
        var changed = changes.Select(change => change.After.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in after.Topics.Where(topic => topic.Related.Any(related => changed.Contains(related.Value))))
        {
            _subjects.Add(topic);
        }

        _subjects.UnionWith(after.Categories.Except(before.Categories, ReferenceEqualityComparer.Instance).OfType<object>());
        var names = before.Tags.ToDictionary(tag => tag.Slug, tag => tag.Name, StringComparer.Ordinal);
        foreach (var tag in after.Tags.Except(before.Tags, ReferenceEqualityComparer.Instance).Cast<Tag>())
        {
            _subjects.Add(tag);

            // A topic's page names its tags as their listings do, after the first topic in each.
            if (names.GetValueOrDefault(tag.Slug) != tag.Name)
            {
                _subjects.UnionWith(tag.Topics);
            }
        }
    }

    /// <summary>Whether what listings, the feed, the sitemap and the codes show may have changed; false when only bodies did.</summary>
    public bool ListingsChanged { get; }

    public bool Contains(PageJob job) => job.Subject switch
    {
        Topic or Category or Tag => _subjects.Contains(job.Subject),
        RiskLevel level => _risks.Contains(level.Id),
        Author author => _authors.Contains(author.Id),
        // Home, A to Z, the risk scale, the codes page and search list every topic.
        null => ListingsChanged,
        _ => false,
    };
}
