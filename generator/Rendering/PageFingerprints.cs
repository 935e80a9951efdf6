using System.Runtime.CompilerServices;
using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>
/// A digest of everything a page's data is made from (see <see cref="PageViews"/>), so serve can tell which
/// pages a change touched: a page whose fingerprint is unchanged renders to the same bytes as before.
/// </summary>
public sealed class PageFingerprints
{
    private readonly SiteModel _site;
    private readonly Func<string, string> _sourceHash;
    private readonly ulong _siteWide;
    private readonly ConditionalWeakTable<Topic, object> _cards;
    private readonly Lazy<Dictionary<string, ulong>> _groups;

    /// <param name="site">The model the pages are rendered from.</param>
    /// <param name="sourceHash">The hash of a writer's file, by its path in the input.</param>
    /// <param name="settings">What every page depends on outside the model: settings, people, theme, date.</param>
    /// <param name="cards">
    /// Each topic's card digest, kept from the fingerprints of earlier builds: a topic record never changes, and the
    /// listings of every topic would otherwise digest all of them again after each edit.
    /// </param>
    public PageFingerprints(SiteModel site, Func<string, string> sourceHash, string settings, ConditionalWeakTable<Topic, object>? cards = null)
    {
        _site = site;
        _cards = cards ?? [];
        _sourceHash = sourceHash;
        _groups = new(Groups);

        // Every page shows the site's categories (with their counts) and its pages in the header and footer.
        var siteWide = new InputDigest();
        siteWide.Add(settings);
        foreach (var category in site.Categories)
        {
            siteWide.Add(category.Name);
            siteWide.Add(category.Slug);
            siteWide.Add((ulong)category.Topics.Count);
        }

        foreach (var page in site.Pages)
        {
            siteWide.Add(page.Title);
            siteWide.Add(page.Slug);
        }

        _siteWide = siteWide.Value;
    }

    /// <summary>What every page shows; when it changes, every page does.</summary>
    public ulong SiteWide => _siteWide;

    public PageFingerprint Of(PageJob job)
    {
        var inputs = new InputDigest();
        inputs.Add(job.Template);
        inputs.Add(job.Url);
        switch (job.Subject)
        {
            case Topic topic:
                AppendTopic(ref inputs, topic);
                break;
            case Page page:
                inputs.Add(_sourceHash(page.SourcePath));
                AppendLinks(ref inputs, page.SourcePath);
                break;
            case Category category:
                AppendCards(ref inputs, category.Topics);
                break;
            case Tag tag:
                inputs.Add(tag.Name);
                AppendCards(ref inputs, tag.Topics);
                break;
            case RiskLevel level:
                inputs.Add(_groups.Value.GetValueOrDefault("risk/" + level.Id));
                break;
            case Author author:
                inputs.Add(_groups.Value.GetValueOrDefault("written/" + author.Id));
                inputs.Add(_groups.Value.GetValueOrDefault("reviewed/" + author.Id));
                break;
            case null when job.File.Kind != SiteFileKind.NotFound:
                // Home, A to Z and the risk scale list every topic.
                inputs.Add(_groups.Value[""]);
                break;
        }

        return new PageFingerprint(_siteWide, inputs.Value);
    }

    private void AppendTopic(ref InputDigest inputs, Topic topic)
    {
        // The file covers the topic's own front matter and body; the rest is what the page shows of other files.
        inputs.Add(_sourceHash(topic.SourcePath));
        var neighbours = _site.NeighboursOf(topic);
        inputs.Add(neighbours.Previous?.Title);
        inputs.Add(neighbours.Previous?.Slug);
        inputs.Add(neighbours.Next?.Title);
        inputs.Add(neighbours.Next?.Slug);
        // A topic page names its tags as the tag listing does, which is how the first topic to use the tag spelled it.
        foreach (var tag in _site.TagsOf(topic))
        {
            inputs.Add(tag.Name);
        }

        foreach (var related in topic.Related)
        {
            inputs.Add(_site.TopicsBySlug.GetValueOrDefault(related.Value) is { } card ? CardOf(card) : 0);
        }

        AppendLinks(ref inputs, topic.SourcePath);
    }

    private void AppendLinks(ref InputDigest inputs, string sourcePath)
    {
        // Bodies list their links in a fixed order, so the rewritten addresses come in a fixed order too.
        foreach (var (written, address) in _site.LinksOf(sourcePath))
        {
            inputs.Add(written);
            inputs.Add(address);
        }
    }

    private void AppendCards(ref InputDigest inputs, IEnumerable<Topic> topics)
    {
        foreach (var topic in topics)
        {
            inputs.Add(CardOf(topic));
        }
    }

    /// <summary>
    /// The cards of every topic in order, and of each risk level's, author's and reviewer's topics, in one pass:
    /// listings that filter all topics would otherwise each read every topic again.
    /// </summary>
    private Dictionary<string, ulong> Groups()
    {
        var groups = new Dictionary<string, InputDigest>(StringComparer.Ordinal) { [""] = new() };
        foreach (var topic in _site.Topics)
        {
            var card = CardOf(topic);
            foreach (var key in new[] { "", "risk/" + topic.Risk?.Id, topic.AuthorId is null ? null : "written/" + topic.AuthorId, topic.ReviewerId is null ? null : "reviewed/" + topic.ReviewerId })
            {
                if (key is not null)
                {
                    var digest = groups.GetValueOrDefault(key, new InputDigest());
                    digest.Add(card);
                    groups[key] = digest;
                }
            }
        }

        return groups.ToDictionary(group => group.Key, group => group.Value.Value, StringComparer.Ordinal);
    }

    private ulong CardOf(Topic topic) => (ulong)_cards.GetValue(topic, static topic => Card(topic));

    /// <summary>What listings show of a topic (its topic_card and A to Z entries) and what orders them.</summary>
    private static ulong Card(Topic topic)
    {
        var card = new InputDigest();
        foreach (var value in new[] { topic.Slug, topic.Title, topic.Summary, topic.Risk?.Id, topic.Category, PageViews.Iso(topic.LastReviewed), topic.Order?.ToString(System.Globalization.CultureInfo.InvariantCulture), topic.TypeId })
        {
            card.Add(value);
        }

        foreach (var synonym in topic.Synonyms)
        {
            card.Add(synonym);
        }

        // The codes page and /codes/index.json list topics by their codes.
        foreach (var code in topic.Codes)
        {
            card.Add(code.System.Id);
            card.Add(code.Code);
        }

        return card.Value;
    }
}
