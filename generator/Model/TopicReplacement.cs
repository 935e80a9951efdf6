using HealthLibrary.Content;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Model;

/// <summary>
/// Stage 2 the short way, for serve: when the only files parsed anew are published topics whose front matter kept
/// every value the model orders, groups, lists or checks by (and whose headings kept their ids), the new model is
/// the previous one with those topics swapped in and their links resolved again. Anything else builds the model whole.
/// </summary>
public static class TopicReplacement
{
    /// <summary>The previous model with the changed topics swapped in, or null when the change needs a whole build.</summary>
    public static SiteModel? TryReplace(LoadedContent content, SiteModel previous, DiagnosticBag diagnostics)
    {
        if (!ReferenceEquals(content.Config, previous.Config) || !ReferenceEquals(content.Authors, previous.Authors)
            || !ReferenceEquals(content.Markdown, previous.Markdown) || content.FailedFiles.Count > 0
            || content.Topics.Count + content.Pages.Count != previous.LinkTargets.Count
            || !content.Assets.SequenceEqual(previous.Assets, StringComparer.Ordinal)
            || !content.Pages.All(page => previous.LinkTargets.TryGetValue(page.SourcePath, out var old) && ReferenceEquals(old.Body, page.Body)))
        {
            return null;
        }

        var swaps = new Dictionary<Topic, Topic>(ReferenceEqualityComparer.Instance);
        foreach (var topic in content.Topics)
        {
            if (!previous.LinkTargets.TryGetValue(topic.SourcePath, out var target))
            {
                return null;
            }

            if (ReferenceEquals(target.Body, topic.Body))
            {
                continue;
            }

            if (previous.TopicsBySlug.GetValueOrDefault(topic.Slug) is not { } old || old.SourcePath != topic.SourcePath || !SameModelKeys(old, topic))
            {
                return null;
            }

            swaps[old] = topic;
        }

        if (swaps.Count == 0)
        {
            return previous with { ReplacedTopics = new HashSet<string>() };
        }

        Topic Swap(Topic topic) => swaps.GetValueOrDefault(topic, topic);
        IReadOnlyList<Topic> SwapAll(IReadOnlyList<Topic> topics) => topics.Any(swaps.ContainsKey) ? topics.Select(Swap).ToList() : topics;

        var targets = new Dictionary<string, LinkTarget>(previous.LinkTargets, StringComparer.Ordinal);
        var links = new Dictionary<string, IReadOnlyDictionary<string, string>>(previous.Links, StringComparer.Ordinal);
        var resolver = new CrossLinkResolver(targets, previous.Assets.ToHashSet(StringComparer.Ordinal), content.FailedFiles, previous.Urls);
        foreach (var topic in swaps.Values)
        {
            targets[topic.SourcePath] = targets[topic.SourcePath] with { Body = topic.Body, DisplayPath = topic.DisplayPath };
        }

        foreach (var topic in swaps.Values.OrderBy(topic => topic.SourcePath, StringComparer.Ordinal))
        {
            links[topic.SourcePath] = resolver.Resolve(targets[topic.SourcePath], diagnostics);
        }

        var bySlug = new Dictionary<string, Topic>(previous.TopicsBySlug, StringComparer.Ordinal);
        foreach (var topic in swaps.Values)
        {
            bySlug[topic.Slug] = topic;
        }

        var topics = SwapAll(previous.Topics);
        var tags = previous.Tags.Select(tag => tag.Topics.Any(swaps.ContainsKey) ? tag with { Topics = SwapAll(tag.Topics) } : tag).ToList();
        return previous with
        {
            Topics = topics,
            TopicsBySlug = bySlug,
            Categories = previous.Categories.Select(category => category.Topics.Any(swaps.ContainsKey) ? category with { Topics = SwapAll(category.Topics) } : category).ToList(),
            Tags = tags,
            TopicTags = SiteModelBuilder.TagsByTopic(topics, tags),
            Navigation = previous.Navigation.ToDictionary(
                entry => entry.Key,
                entry => entry.Value.Previous is { } p && swaps.ContainsKey(p) || entry.Value.Next is { } n && swaps.ContainsKey(n)
                    ? new Neighbours(entry.Value.Previous is null ? null : Swap(entry.Value.Previous), entry.Value.Next is null ? null : Swap(entry.Value.Next))
                    : entry.Value,
                StringComparer.Ordinal),
            LinkTargets = targets,
            Links = links,
            ReplacedTopics = swaps.Values.Select(topic => topic.SourcePath).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Every value of a topic that decides where it is listed, how it is ordered, what links to it, what it links to and which codes name it.</summary>
    private static bool SameModelKeys(Topic old, Topic now) =>
        !now.Draft && !old.Draft
        && old.Slug == now.Slug && old.Title == now.Title && old.Summary == now.Summary && old.Risk?.Id == now.Risk?.Id && old.Category == now.Category
        && old.AuthorId == now.AuthorId && old.ReviewerId == now.ReviewerId && old.Order == now.Order && old.TypeId == now.TypeId
        && old.Published == now.Published && old.Updated == now.Updated && old.LastReviewed == now.LastReviewed
        && old.Tags.SequenceEqual(now.Tags, StringComparer.Ordinal) && old.Synonyms.SequenceEqual(now.Synonyms, StringComparer.Ordinal)
        && old.Related.Select(r => r.Value).SequenceEqual(now.Related.Select(r => r.Value), StringComparer.Ordinal)
        && old.Aliases.Select(a => a.Value).SequenceEqual(now.Aliases.Select(a => a.Value), StringComparer.Ordinal)
        && old.Body.Headings.Select(h => h.Id).SequenceEqual(now.Body.Headings.Select(h => h.Id), StringComparer.Ordinal)
        // Codes make /codes/index.json and the codes page, which a swap does not write again.
        && old.Codes.Select(c => (c.System, c.Code, c.Display)).SequenceEqual(now.Codes.Select(c => (c.System, c.Code, c.Display)));
}
