using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Model;

/// <summary>
/// Stage 2 the short way, for serve: when the only files parsed anew are published topics, edited or added, the new
/// model is the previous one with those topics swapped in. Each is taken out of the listings it was in and put into
/// the ones it is in now at its place in the order; previous/next, tags and the topic's links are made again, and
/// everything else is kept. The result equals a whole build of the same files. A change that could break another
/// file (a slug, alias or heading id changed, a topic removed or made a draft) or that a check rejects builds the
/// model whole instead, which reports every problem.
/// </summary>
public static class TopicReplacement
{
    /// <summary>The previous model with the changed topics swapped in, or null when the change needs a whole build.</summary>
    public static SiteModel? TryReplace(LoadedContent content, SiteModel previous, DiagnosticBag diagnostics)
    {
        if (!ReferenceEquals(content.Config, previous.Config) || !ReferenceEquals(content.Authors, previous.Authors)
            || !ReferenceEquals(content.Markdown, previous.Markdown) || content.FailedFiles.Count > 0
            || !content.Assets.SequenceEqual(previous.Assets, StringComparer.Ordinal)
            || !content.Pages.All(page => previous.LinkTargets.TryGetValue(page.SourcePath, out var old) && ReferenceEquals(old.Body, page.Body)))
        {
            return null;
        }

        if (FindChanges(content, previous) is not { } changes)
        {
            return null;
        }

        if (changes.Count == 0)
        {
            return previous with { Changes = [] };
        }

        var urls = previous.Urls;
        var bySlug = new Dictionary<string, Topic>(previous.TopicsBySlug, StringComparer.Ordinal);
        var targets = new Dictionary<string, LinkTarget>(previous.LinkTargets, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            bySlug[change.After.Slug] = change.After;
            targets[change.After.SourcePath] = new LinkTarget(change.After.SourcePath, change.After.DisplayPath, urls.Topic(change.After.Slug), change.After.Body, Draft: false);
        }

        if (!Acceptable(changes, bySlug, content, previous))
        {
            return null;
        }

        // The topic's own links: its body was parsed again. No other body's links can change, as no address or heading did.
        var links = new Dictionary<string, IReadOnlyDictionary<string, string>>(previous.Links, StringComparer.Ordinal);
        var resolver = new CrossLinkResolver(targets, content.Assets.ToHashSet(StringComparer.Ordinal), content.FailedFiles, urls);
        var found = new DiagnosticBag();
        foreach (var change in changes)
        {
            links[change.After.SourcePath] = resolver.Resolve(targets[change.After.SourcePath], found);
        }

        if (found.HasErrors)
        {
            return null;
        }

        var model = changes.All(change => change.BodyOnly) ? SwapBodies(previous, changes, bySlug, targets, links) : Relist(previous, changes, bySlug, targets, links);
        if (model is not null)
        {
            diagnostics.AddRange(found.ToSortedList());
            ClinicalCodeIndex.Of(model.Topics).WarnAboutSharedCodes(diagnostics);
        }

        return model;
    }

    /// <summary>Values that list or order a topic changed: it leaves the listings it was in and joins those it is in now.</summary>
    private static SiteModel? Relist(
        SiteModel previous,
        List<TopicChange> changes,
        Dictionary<string, Topic> bySlug,
        Dictionary<string, LinkTarget> targets,
        Dictionary<string, IReadOnlyDictionary<string, string>> links)
    {
        var urls = previous.Urls;
        var categories = Recategorise(previous, changes);
        if (categories is null)
        {
            return null;
        }

        var ordered = categories.SelectMany(category => category.Topics).ToList();
        var (tags, topicTags) = Retag(previous, changes, ordered);
        var titles = changes.Where(change => change.Before is not null && change.Before.Title != change.After.Title)
            .ToDictionary(change => urls.Topic(change.After.Slug), change => change.After.Title, StringComparer.Ordinal);
        return previous with
        {
            Topics = ordered,
            TopicsBySlug = bySlug,
            Categories = categories,
            Tags = tags,
            TopicTags = topicTags,
            Navigation = SiteModelBuilder.BuildNavigation(previous.Config.Navigation, categories, ordered),
            LinkTargets = targets,
            Links = links,
            Aliases = titles.Count == 0 ? previous.Aliases : previous.Aliases.Select(alias => titles.TryGetValue(alias.TargetUrl, out var title) ? alias with { Title = title } : alias).ToList(),
            Changes = changes,
        };
    }

    /// <summary>The topics parsed anew, in source path order; null when one was removed, is or was a draft, or changed what others link to.</summary>
    private static List<TopicChange>? FindChanges(LoadedContent content, SiteModel previous)
    {
        var changes = new List<TopicChange>();
        var kept = 0;
        foreach (var topic in content.Topics)
        {
            if (!previous.LinkTargets.TryGetValue(topic.SourcePath, out var target))
            {
                // A new file: nothing can link to it yet, and a whole build checks the aliases it claims.
                if (topic.Draft || topic.Aliases.Count > 0)
                {
                    return null;
                }

                changes.Add(new TopicChange(null, topic, BodyOnly: false));
                continue;
            }

            kept++;
            if (ReferenceEquals(target.Body, topic.Body))
            {
                continue;
            }

            if (target.Draft || previous.TopicsBySlug.GetValueOrDefault(topic.Slug) is not { } old || old.SourcePath != topic.SourcePath || !SameAddresses(old, topic))
            {
                return null;
            }

            changes.Add(new TopicChange(old, topic, SameListing(old, topic)));
        }

        // A removed file could be linked to or named as related by another: the whole build says where.
        return kept + content.Pages.Count == previous.LinkTargets.Count ? changes.OrderBy(change => change.After.SourcePath, StringComparer.Ordinal).ToList() : null;
    }

    /// <summary>What the whole build checks of a topic against others: a new slug is free, related topics are published, the image is a file, a category has an address of its own.</summary>
    private static bool Acceptable(List<TopicChange> changes, Dictionary<string, Topic> bySlug, LoadedContent content, SiteModel previous)
    {
        var added = changes.Where(change => change.Before is null).Select(change => change.After).ToList();
        if (added.Count > 0)
        {
            // Drafts keep their slugs too: two files with one slug is an error whether or not either is published.
            var slugs = content.Topics.GroupBy(topic => topic.Slug, StringComparer.Ordinal);
            var urls = previous.Urls;
            var pages = added.Select(topic => urls.OutputPath(urls.Topic(topic.Slug))).ToList();
            if (slugs.Any(group => group.Skip(1).Any())
                || previous.Aliases.Select(alias => urls.OutputPath(alias.Url)).Any(alias => pages.Any(page => alias == page || alias.StartsWith(page + "/", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        var assets = content.Assets.ToHashSet(StringComparer.Ordinal);
        foreach (var topic in changes.Select(change => change.After))
        {
            if (topic.Related.Any(related => related.Value == topic.Slug || !bySlug.ContainsKey(related.Value))
                || topic.Image is { } image && !assets.Contains(image.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only bodies changed: every listing keeps its topics in their places, each swapped for its new self.</summary>
    private static SiteModel SwapBodies(
        SiteModel previous,
        List<TopicChange> changes,
        Dictionary<string, Topic> bySlug,
        Dictionary<string, LinkTarget> targets,
        Dictionary<string, IReadOnlyDictionary<string, string>> links)
    {
        var swaps = changes.ToDictionary(change => (object)change.Before!, change => change.After, ReferenceEqualityComparer.Instance);
        Topic Swap(Topic topic) => swaps.TryGetValue(topic, out var swapped) ? (Topic)swapped : topic;
        IReadOnlyList<Topic> SwapAll(IReadOnlyList<Topic> topics) => topics.Any(swaps.ContainsKey) ? topics.Select(Swap).ToList() : topics;

        var topics = SwapAll(previous.Topics);
        var tags = previous.Tags.Select(tag => tag.Topics.Any(swaps.ContainsKey) ? tag with { Topics = SwapAll(tag.Topics) } : tag).ToList();
        return previous with
        {
            Topics = topics,
            TopicsBySlug = bySlug,
            Categories = previous.Categories.Select(category => category.Topics.Any(swaps.ContainsKey) ? category with { Topics = SwapAll(category.Topics) } : category).ToList(),
            Tags = tags,
            TopicTags = RetagTopics(previous.TopicTags, tags, previous.Tags, changes),
            Navigation = previous.Navigation.ToDictionary(
                entry => entry.Key,
                entry => entry.Value.Previous is { } p && swaps.ContainsKey(p) || entry.Value.Next is { } n && swaps.ContainsKey(n)
                    ? new Neighbours(entry.Value.Previous is null ? null : Swap(entry.Value.Previous), entry.Value.Next is null ? null : Swap(entry.Value.Next))
                    : entry.Value,
                StringComparer.Ordinal),
            LinkTargets = targets,
            Links = links,
            Changes = changes,
        };
    }

    /// <summary>
    /// The categories with each changed topic taken out of the one it was in and put into the one it is in now, at its
    /// place in the order; null when a new category's address is another's (the whole build reports it).
    /// </summary>
    private static List<Category>? Recategorise(SiteModel previous, List<TopicChange> changes)
    {
        var lists = new Dictionary<string, List<Topic>>(StringComparer.Ordinal);
        List<Topic> ListOf(string name)
        {
            if (!lists.TryGetValue(name, out var list))
            {
                list = previous.Categories.FirstOrDefault(category => category.Name == name)?.Topics.ToList() ?? [];
                lists.Add(name, list);
            }

            return list;
        }

        foreach (var before in changes.Select(change => change.Before).OfType<Topic>())
        {
            var list = ListOf(before.Category);
            list.RemoveAt(list.FindIndex(topic => ReferenceEquals(topic, before)));
        }

        foreach (var after in changes.Select(change => change.After))
        {
            var list = ListOf(after.Category);
            var place = list.BinarySearch(after, TopicOrdering.Instance);
            list.Insert(place < 0 ? ~place : place, after);
        }

        Category Made(string name) => lists.TryGetValue(name, out var list)
            ? new Category(name, Slugs.FromName(name), list)
            : previous.Categories.First(category => category.Name == name);

        if (previous.Config.Categories is { } listed)
        {
            return listed.Select(Made).ToList();
        }

        // Without a categories list the categories are the names topics give, each with at least one topic.
        var names = previous.Categories.Select(category => category.Name).Concat(lists.Keys).Distinct(StringComparer.Ordinal)
            .Where(name => !lists.TryGetValue(name, out var list) || list.Count > 0)
            .Order(Comparer<string>.Create(TopicOrdering.CompareTitles))
            .ToList();
        var categories = names.Select(Made).ToList();
        return categories.DistinctBy(category => category.Slug, StringComparer.Ordinal).Count() == categories.Count ? categories : null;
    }

    /// <summary>
    /// The tags with each changed topic taken out of those it had and put into those it has, in site order; a tag is
    /// named as the first topic in it spells it. Tags no changed topic has or had are kept.
    /// </summary>
    private static (List<Tag> Tags, IReadOnlyDictionary<string, IReadOnlyList<Tag>> TopicTags) Retag(SiteModel previous, List<TopicChange> changes, List<Topic> ordered)
    {
        var place = new Dictionary<Topic, int>(ordered.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < ordered.Count; i++)
        {
            place[ordered[i]] = i;
        }

        var befores = changes.Select(change => change.Before).OfType<Topic>().ToHashSet(ReferenceEqualityComparer.Instance);
        var slugs = changes.SelectMany(change => (change.Before?.Tags ?? []).Concat(change.After.Tags)).Select(Slugs.FromName)
            .Where(slug => slug.Length > 0).ToHashSet(StringComparer.Ordinal);
        var tags = previous.Tags.Where(tag => !slugs.Contains(tag.Slug)).ToList();
        foreach (var slug in slugs)
        {
            var topics = (previous.Tags.FirstOrDefault(tag => tag.Slug == slug)?.Topics ?? [])
                .Where(topic => !befores.Contains(topic))
                .Concat(changes.Select(change => change.After).Where(topic => topic.Tags.Any(name => Slugs.FromName(name) == slug)))
                .OrderBy(topic => place[topic])
                .ToList();
            if (topics.Count > 0)
            {
                tags.Add(new Tag(topics[0].Tags.First(name => Slugs.FromName(name) == slug), slug, topics));
            }
        }

        tags.Sort((x, y) => string.CompareOrdinal(x.Slug, y.Slug));
        return (tags, RetagTopics(previous.TopicTags, tags, previous.Tags, changes));
    }

    /// <summary>
    /// Each topic's tags (<see cref="SiteModel.TagsOf"/>): those of the changed topics made again, and in every tag
    /// remade, each topic's list pointing at the new record; the rest as they were.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<Tag>> RetagTopics(
        IReadOnlyDictionary<string, IReadOnlyList<Tag>> before, IReadOnlyList<Tag> tags, IReadOnlyList<Tag> previousTags, List<TopicChange> changes)
    {
        var result = new Dictionary<string, IReadOnlyList<Tag>>(before, StringComparer.Ordinal);
        var bySlug = tags.ToDictionary(tag => tag.Slug, StringComparer.Ordinal);
        var changed = changes.Select(change => change.After.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in tags.Except(previousTags, ReferenceEqualityComparer.Instance).Cast<Tag>().SelectMany(tag => tag.Topics))
        {
            if (!changed.Contains(topic.Slug))
            {
                result[topic.Slug] = before[topic.Slug].Select(tag => bySlug[tag.Slug]).ToList();
            }
        }

        foreach (var change in changes)
        {
            result[change.After.Slug] = SiteModelBuilder.TagsOf(change.After, bySlug);
        }

        return result;
    }

    /// <summary>What other files reach a topic by: its slug, the aliases it claims, its headings' ids. A change to any builds the model whole.</summary>
    private static bool SameAddresses(Topic old, Topic now) =>
        !now.Draft && old.Slug == now.Slug
        && old.Aliases.Select(a => a.Value).SequenceEqual(now.Aliases.Select(a => a.Value), StringComparer.Ordinal)
        && old.Body.Headings.Select(h => h.Id).SequenceEqual(now.Body.Headings.Select(h => h.Id), StringComparer.Ordinal);

    /// <summary>Every value of a topic that decides where it is listed, how it is ordered, and what other pages and files show of it.</summary>
    private static bool SameListing(Topic old, Topic now) =>
        old.Title == now.Title && old.Summary == now.Summary && old.Risk?.Id == now.Risk?.Id && old.Category == now.Category
        && old.AuthorId == now.AuthorId && old.ReviewerId == now.ReviewerId && old.Order == now.Order && old.TypeId == now.TypeId
        && old.Published == now.Published && old.Updated == now.Updated && old.LastReviewed == now.LastReviewed
        && old.Tags.SequenceEqual(now.Tags, StringComparer.Ordinal) && old.Synonyms.SequenceEqual(now.Synonyms, StringComparer.Ordinal)
        && old.Related.Select(r => r.Value).SequenceEqual(now.Related.Select(r => r.Value), StringComparer.Ordinal)
        // Codes make /codes/index.json and the codes page: a change to them is a listing change.
        && old.Codes.Select(c => (c.System, c.Code, c.Display)).SequenceEqual(now.Codes.Select(c => (c.System, c.Code, c.Display)));
}
