using HealthLibrary.Configuration;
using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>Stage 2: the published site, fully linked and ordered; everything rendering needs and nothing it must check.</summary>
public sealed record SiteModel(
    SiteConfig Config,
    SiteUrls Urls,
    IReadOnlyDictionary<string, Author> Authors,
    IReadOnlyList<Topic> Topics,
    IReadOnlyDictionary<string, Topic> TopicsBySlug,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Tag> Tags,
    IReadOnlyDictionary<string, IReadOnlyList<Tag>> TopicTags,
    IReadOnlyDictionary<string, Neighbours> Navigation,
    IReadOnlyDictionary<string, LinkTarget> LinkTargets,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Links,
    IReadOnlyList<Alias> Aliases,
    IReadOnlyList<string> Assets,
    MarkdownSyntax Markdown)
{
    /// <summary>
    /// For a model made from the last one by <see cref="TopicReplacement"/>: the topics it swapped in or added, in
    /// source path order; nothing else of the library changed. Null for a model built whole.
    /// </summary>
    public IReadOnlyList<TopicChange>? Changes { get; init; }

    public Neighbours NeighboursOf(Topic topic) => Navigation[topic.Slug];

    /// <summary>The tags a topic's page names, in the order its front matter gives them, each once, as their listings spell them.</summary>
    public IReadOnlyList<Tag> TagsOf(Topic topic) => TopicTags[topic.Slug];

    public Category CategoryOf(Topic topic) => Categories.First(category => category.Name == topic.Category);

    /// <summary>The topic's risk level, resolved when it was read; a model that renders holds no topic without one.</summary>
    public RiskLevel RiskOf(Topic topic) =>
        topic.Risk ?? throw new InvalidOperationException($"{topic.DisplayPath} has no risk level; a build with errors renders nothing");

    public IEnumerable<Topic> TopicsWithRisk(RiskLevel level) => Topics.Where(topic => topic.Risk?.Id == level.Id);

    /// <summary>The address each link of a file's body is rewritten to.</summary>
    public IReadOnlyDictionary<string, string> LinksOf(string sourcePath) =>
        Links.TryGetValue(sourcePath, out var links) ? links : new Dictionary<string, string>();
}
