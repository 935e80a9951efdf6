using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Output;

namespace HealthLibrary.Model;

/// <summary>Stage 2: drops drafts, checks what spans files (slugs, related, links, aliases) and orders everything.</summary>
public static class SiteModelBuilder
{
    /// <summary>First path segments the generator writes itself, which no page slug may take.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "topics", "categories", "tags", "risk", "authors", "search", "assets", "codes",
    };

    /// <summary>
    /// Builds the model. Given the <paramref name="previous"/> model of a load without errors (serve), a change to
    /// topic bodies alone swaps them into it (<see cref="TopicReplacement"/>), and otherwise links of bodies that
    /// were not parsed again are taken from it when no link target changed; the result is the same either way.
    /// </summary>
    /// <param name="urls">The site's addresses, made once from base_url and shared with the theme.</param>
    public static SiteModel Build(LoadedContent content, SiteUrls urls, DiagnosticBag diagnostics, SiteModel? previous = null)
    {
        // The checks and tables below read the content and write only their own results and diagnostics (which come
        // out sorted), so the three longest go side by side: a 100,000-topic library spent 3 s here on one core.
        var synonyms = Task.Run(() => SynonymCollisions.Check(content.Topics, diagnostics));
        if (previous is not null && TopicReplacement.TryReplace(content, previous, diagnostics) is { } replaced)
        {
            synonyms.GetAwaiter().GetResult();
            return replaced;
        }

        var config = content.Config;
        CheckUniqueSlugs(content.Topics, "topic", diagnostics);
        CheckUniqueSlugs(content.Pages, "page", diagnostics);
        foreach (var page in content.Pages.Where(page => ReservedSlugs.Contains(page.Slug)))
        {
            diagnostics.Error(DiagnosticCode.DuplicateSlug, page.SlugLocation, $"the slug '{page.Slug}' is taken by the site's own /{page.Slug}/ pages", "give the page another slug");
        }

        foreach (var page in content.Pages.Where(page => config.UrgentHelp is not null && page.Slug == SiteUrls.GetHelpSlug))
        {
            diagnostics.Error(DiagnosticCode.DuplicateSlug, page.SlugLocation, $"the slug '{page.Slug}' is taken by the page listing urgent_help's services", "give the page another slug, or put its words in urgent_help's intro");
        }

        var allTopics = content.Topics.GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var topics = content.Topics.Where(topic => !topic.Draft).ToList();
        var pages = content.Pages.Where(page => !page.Draft).OrderBy(page => page.Slug, StringComparer.Ordinal).ToList();
        CheckRelated(topics, allTopics, content.FailedFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(), diagnostics);
        CheckNamedAssets(content, topics, pages, diagnostics);

        if (config.Categories is null)
        {
            CheckCategoryAddresses(topics, diagnostics);
        }

        var categories = BuildCategories(config, topics);
        var ordered = categories.SelectMany(category => category.Topics).ToList();
        ClinicalCodeIndex.Of(ordered).WarnAboutSharedCodes(diagnostics);
        var navigation = BuildNavigation(config.Navigation, categories, ordered);
        var targets = LinkTargets(content, urls);
        var links = Task.Run(() => ResolveLinks(content, targets, urls, diagnostics, previous));
        var tags = BuildTags(ordered);
        var tagsByTopic = Task.Run(() => TagsByTopic(ordered, tags));
        var aliases = BuildAliases(topics, pages, SitePlan.Of(urls, config, topics, pages, categories, tags, content.Authors.Values, []), urls, diagnostics);
        var topicsBySlug = ordered.GroupBy(topic => topic.Slug).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        synonyms.GetAwaiter().GetResult();

        return new SiteModel(
            config,
            urls,
            content.Authors,
            ordered,
            topicsBySlug,
            pages,
            categories,
            tags,
            tagsByTopic.GetAwaiter().GetResult(),
            navigation,
            targets,
            links.GetAwaiter().GetResult(),
            aliases,
            content.Assets,
            content.Markdown);
    }

    private static void CheckUniqueSlugs(IEnumerable<WrittenPage> documents, string kind, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slug, display, location) in documents.Select(document => (document.Slug, document.DisplayPath, document.SlugLocation)))
        {
            if (seen.TryGetValue(slug, out var first))
            {
                diagnostics.Error(DiagnosticCode.DuplicateSlug, location, $"the {kind} slug '{slug}' is also used by {first}", "two pages cannot share one address; set a different slug: in one of them");
            }
            else
            {
                seen.Add(slug, display);
            }
        }
    }

    /// <summary>The icon and images named in site.yml and front matter must be files of assets/.</summary>
    private static void CheckNamedAssets(LoadedContent content, IEnumerable<Topic> topics, IEnumerable<Page> pages, DiagnosticBag diagnostics)
    {
        var assets = content.Assets.ToHashSet(StringComparer.Ordinal);
        var named = new[] { ("icon", content.Config.Icon), ("image", content.Config.Image) }
            .Concat(topics.Cast<WrittenPage>().Concat(pages).Select(written => ("image", written.Image)));
        foreach (var (key, path) in named)
        {
            if (path is { } located && !assets.Contains(located.Value))
            {
                diagnostics.Error(
                    DiagnosticCode.BrokenLink,
                    located.Location,
                    $"{key} '{located.Value}' is not a file of the library",
                    SpellingSuggestion.Hint(located.Value, assets) ?? $"put the file in {ContentLoader.AssetsFolder}/");
            }
        }
    }

    private static void CheckRelated(IEnumerable<Topic> topics, IReadOnlyDictionary<string, Topic> all, HashSet<string> unreadable, DiagnosticBag diagnostics)
    {
        foreach (var topic in topics)
        {
            foreach (var related in topic.Related)
            {
                if (unreadable.Contains(related.Value))
                {
                    continue;
                }

                if (!all.TryGetValue(related.Value, out var target))
                {
                    diagnostics.Error(DiagnosticCode.UnknownReference, related.Location, $"related topic '{related.Value}' does not exist", SpellingSuggestion.Hint(related.Value, all.Keys) ?? "use the slug of another topic: its file name without .md");
                }
                else if (target.Draft)
                {
                    diagnostics.Error(DiagnosticCode.UnknownReference, related.Location, $"related topic '{related.Value}' is a draft and will not be published");
                }
                else if (ReferenceEquals(target, topic))
                {
                    diagnostics.Error(DiagnosticCode.InvalidValue, related.Location, "a topic cannot be related to itself");
                }
            }
        }
    }

    private static List<Category> BuildCategories(SiteConfig config, List<Topic> topics)
    {
        var names = config.Categories?.ToList()
            ?? topics.Select(topic => topic.Category).Distinct(StringComparer.Ordinal).Order(Comparer<string>.Create(TopicOrdering.CompareTitles)).ToList();
        return names
            .Select(name => new Category(
                name,
                Slugs.FromName(name),
                topics.Where(topic => topic.Category == name).Order(TopicOrdering.Instance).ToList()))
            .ToList();
    }

    internal static Dictionary<string, Neighbours> BuildNavigation(NavigationScope scope, List<Category> categories, List<Topic> ordered)
    {
        var navigation = new Dictionary<string, Neighbours>(StringComparer.Ordinal);
        var sequences = scope == NavigationScope.Library ? [ordered] : categories.Select(category => category.Topics);
        foreach (var sequence in sequences)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                navigation[sequence[i].Slug] = new Neighbours(i > 0 ? sequence[i - 1] : null, i + 1 < sequence.Count ? sequence[i + 1] : null);
            }
        }

        return navigation;
    }

    /// <summary>Without a categories list each topic names its own, and two names can make one address ("Pain", "pain").</summary>
    private static void CheckCategoryAddresses(IEnumerable<Topic> topics, DiagnosticBag diagnostics)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in topics.OrderBy(topic => topic.SourcePath, StringComparer.Ordinal))
        {
            var slug = Slugs.FromName(topic.Category);
            if (names.TryGetValue(slug, out var first) && first != topic.Category)
            {
                diagnostics.Error(
                    DiagnosticCode.DuplicateSlug,
                    topic.CategoryLocation,
                    $"category '{topic.Category}' would share the address /categories/{slug}/ with '{first}'",
                    $"write it as '{first}', or list the categories in site.yml");
            }

            names.TryAdd(slug, topic.Category);
        }
    }

    private static List<Tag> BuildTags(List<Topic> ordered)
    {
        var tags = new Dictionary<string, (string Name, List<Topic> Topics)>(StringComparer.Ordinal);
        foreach (var topic in ordered)
        {
            foreach (var name in topic.Tags)
            {
                var slug = Slugs.FromName(name);
                if (slug.Length == 0)
                {
                    continue;
                }

                if (!tags.TryGetValue(slug, out var tag))
                {
                    tag = (name, []);
                    tags.Add(slug, tag);
                }

                // Topics come in order, so a topic naming one tag twice ("Ketamine", "ketamine") is the last one added;
                // List.Contains would compare whole Topic records and make popular tags quadratic.
                if (tag.Topics.Count == 0 || !ReferenceEquals(tag.Topics[^1], topic))
                {
                    tag.Topics.Add(topic);
                }
            }
        }

        return tags.OrderBy(tag => tag.Key, StringComparer.Ordinal).Select(tag => new Tag(tag.Value.Name, tag.Key, tag.Value.Topics)).ToList();
    }

    /// <summary>Each published topic's tags by its slug (see <see cref="SiteModel.TagsOf"/>).</summary>
    private static Dictionary<string, IReadOnlyList<Tag>> TagsByTopic(IReadOnlyList<Topic> topics, IReadOnlyList<Tag> tags)
    {
        var bySlug = tags.ToDictionary(tag => tag.Slug, StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<Tag>>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            result[topic.Slug] = TagsOf(topic, bySlug);
        }

        return result;
    }

    /// <summary>One topic's tags, from the site's tags by slug.</summary>
    internal static List<Tag> TagsOf(Topic topic, IReadOnlyDictionary<string, Tag> tagsBySlug) =>
        topic.Tags.Select(Slugs.FromName).Where(slug => slug.Length > 0).Distinct(StringComparer.Ordinal).Select(slug => tagsBySlug[slug]).ToList();

    private static Dictionary<string, LinkTarget> LinkTargets(LoadedContent content, SiteUrls urls)
    {
        var targets = new Dictionary<string, LinkTarget>(StringComparer.Ordinal);
        foreach (var topic in content.Topics)
        {
            targets[topic.SourcePath] = new LinkTarget(topic.SourcePath, topic.DisplayPath, urls.Topic(topic.Slug), topic.Body, topic.Draft);
        }

        foreach (var page in content.Pages)
        {
            targets[page.SourcePath] = new LinkTarget(page.SourcePath, page.DisplayPath, urls.Page(page.Slug), page.Body, page.Draft);
        }

        return targets;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ResolveLinks(
        LoadedContent content,
        Dictionary<string, LinkTarget> targets,
        SiteUrls urls,
        DiagnosticBag diagnostics,
        SiteModel? previous)
    {
        // A good model had no broken links, so a body it resolved resolves the same again while every
        // address and heading it could point to is where it was.
        var reusable = previous is not null && content.FailedFiles.Count == 0 && previous.Urls.BasePath == urls.BasePath
            && previous.Assets.SequenceEqual(content.Assets, StringComparer.Ordinal) && SameTargets(previous.LinkTargets, targets);
        var resolver = new CrossLinkResolver(targets, content.Assets.ToHashSet(StringComparer.Ordinal), content.FailedFiles, urls);
        var sources = targets.Values.Where(target => !target.Draft).OrderBy(target => target.SourcePath, StringComparer.Ordinal).ToList();
        var results = new IReadOnlyDictionary<string, string>[sources.Count];
        var bags = new DiagnosticBag[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            bags[i] = new DiagnosticBag();
            var source = sources[i];
            results[i] = reusable && previous!.LinkTargets.TryGetValue(source.SourcePath, out var before) && ReferenceEquals(before.Body, source.Body)
                ? previous.LinksOf(source.SourcePath)
                : resolver.Resolve(source, bags[i]);
        });

        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.ToSortedList());
        }

        return sources.Select((source, i) => (source.SourcePath, results[i])).ToDictionary(pair => pair.SourcePath, pair => pair.Item2, StringComparer.Ordinal);
    }

    /// <summary>True when every file others may link to has the address, draft state and headings it had.</summary>
    private static bool SameTargets(IReadOnlyDictionary<string, LinkTarget> before, Dictionary<string, LinkTarget> now) =>
        before.Count == now.Count && now.Values.All(target =>
            before.TryGetValue(target.SourcePath, out var old)
            && old.Url == target.Url
            && old.Draft == target.Draft
            && (ReferenceEquals(old.Body, target.Body) || old.Body.Headings.Select(h => h.Id).SequenceEqual(target.Body.Headings.Select(h => h.Id), StringComparer.Ordinal)));

    /// <summary>
    /// Redirect pages for old addresses. Each goes where the build writes a file, so it is checked against every
    /// file the site writes, as a disk would: not on a page, not inside a file, and not in /assets/.
    /// </summary>
    private static List<Alias> BuildAliases(List<Topic> topics, List<Page> pages, SitePlan plan, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var layout = new OutputLayout();
        foreach (var file in plan.Files)
        {
            // Pages that collide with each other are reported by the slug checks.
            layout.Claim(file.Path);
        }

        var aliases = new List<Alias>();
        var sources = topics.Select(topic => (topic.Aliases, Url: urls.Topic(topic.Slug), topic.Title))
            .Concat(pages.Select(page => (page.Aliases, Url: urls.Page(page.Slug), page.Title)));
        foreach (var (list, url, title) in sources)
        {
            foreach (var alias in list)
            {
                var aliasUrl = urls.FromSitePath(alias.Value);
                var path = urls.OutputPath(aliasUrl);
                if (SitePlan.FileFolders.FirstOrDefault(folder => path.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase)) is { } folder)
                {
                    diagnostics.Error(DiagnosticCode.DuplicateSlug, alias.Location, $"alias '{alias.Value}' is in /{folder}/, which holds the site's files", $"pick an address outside /{folder}/");
                }
                else if (layout.Claim(path) is { } problem)
                {
                    diagnostics.Error(DiagnosticCode.DuplicateSlug, alias.Location, $"alias '{alias.Value}' cannot be written: {problem}", "remove it, or pick an address that no page or other alias has");
                }
                else
                {
                    aliases.Add(new Alias(aliasUrl, url, title));
                }
            }
        }

        return aliases.OrderBy(alias => alias.Url, StringComparer.Ordinal).ToList();
    }
}
