using System.Globalization;
using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Content.Citations;
using HealthLibrary.Model;
using HealthLibrary.Yaml;

namespace HealthLibrary.Rendering;

/// <summary>Builds the data templates see, with the snake_case keys of the theme contract (themes/default/README.md).</summary>
public sealed class PageViews
{
    private const int ContentsThreshold = 3;
    private const int RecentCount = 6;

    /// <summary>
    /// Topics the home page shows of each category, in the category's order, beside a link to all of them: a library
    /// of thousands would otherwise put every topic on its first page.
    /// </summary>
    private const int HomeTopicsPerCategory = 6;

    private readonly SiteModel _site;
    private readonly MarkdownRenderer _markdown;
    private readonly DateOnly _today;
    private readonly Lazy<HealthLibrary.Search.SearchOutput> _search;
    private readonly Dictionary<string, object?> _siteView;
    private readonly Dictionary<string, TrustedHtml> _disclaimerHtml;
    private readonly Dictionary<string, object?>? _urgentHelpBox;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Topic, Dictionary<string, object?>> _cards = new(ReferenceEqualityComparer.Instance);

    public PageViews(SiteModel site, MarkdownRenderer markdown, Lazy<HealthLibrary.Search.SearchOutput> search, DateOnly today, SiteIcons? icons = null, AssetManifest? assets = null)
    {
        _site = site;
        _markdown = markdown;
        _today = today;
        _search = search;
        _disclaimerHtml = site.Config.Disclaimers.Values.ToDictionary(d => d.Id, d => new TrustedHtml(markdown.RenderSnippet(d.Text)), StringComparer.Ordinal);
        var urls = site.Urls;
        _urgentHelpBox = site.Config.UrgentHelp is { } urgent
            ? new()
            {
                ["title"] = urgent.Title,
                ["url"] = urls.GetHelp,
                ["services"] = urgent.BoxServices().Select(HelpServiceView).ToList<object?>(),
            }
            : null;
        _siteView = new()
        {
            ["title"] = site.Config.Title,
            ["description"] = site.Config.Description,
            ["language"] = site.Config.Language,
            ["base_url"] = urls.BaseUrl.AbsoluteUri,
            ["base_path"] = urls.BasePath,
            ["home_url"] = urls.Home,
            ["topics_url"] = urls.AToZ,
            ["risk_url"] = urls.RiskIndex,
            ["search_url"] = urls.Search,
            ["feed_url"] = urls.Feed,
            ["get_help"] = site.Config.UrgentHelp is { } help ? Link(help.Title, urls.GetHelp) : null,
            ["icon"] = icons is null ? null : new Dictionary<string, object?>
            {
                ["url"] = assets?.Url(icons.Source, urls) ?? urls.BasePath + ContentLoader.AssetsFolder + "/" + icons.Source,
                ["type"] = icons.SourceType,
                ["favicon_url"] = urls.Favicon,
                ["touch_url"] = urls.TouchIcon,
            },
            ["categories"] = site.Categories.Select(c => CategoryLink(c)).ToList(),
            ["pages"] = site.Pages.Select(p => new Dictionary<string, object?> { ["title"] = p.Title, ["url"] = urls.Page(p.Slug) }).ToList<object?>(),
            ["notice_html"] = site.Config.Notice is { } notice ? new TrustedHtml(markdown.RenderSnippet(notice)) : null,
        };
    }

    private SiteUrls Urls => _site.Urls;

    /// <summary>The data shared by every page: site, page, and breadcrumbs ending at this page.</summary>
    public Dictionary<string, object?> Base(string kind, string title, string description, string url, params (string Title, string Url)[] trail) =>
        Base(kind, title, description, url, null, trail);

    private Dictionary<string, object?> Base(string kind, string title, string description, string url, Topic? topic, params (string Title, string Url)[] trail)
    {
        var steps = new List<(string Title, string Url)> { ("Home", Urls.Home) };
        steps.AddRange(trail);
        if (kind != "home")
        {
            steps.Add((title, url));
        }

        var crumbs = steps.Select(step => (object?)Link(step.Title, step.Url)).ToList();

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = _siteView,
            ["page"] = new Dictionary<string, object?>
            {
                ["title"] = title,
                ["description"] = description,
                ["url"] = url,
                ["canonical_url"] = Urls.Absolute(url),
                ["kind"] = kind,
                ["breadcrumbs"] = crumbs,
                ["og_type"] = topic is null ? "website" : "article",
                ["image_url"] = ImageUrl(topic?.Image),
                // The 404 page is served at every missing address: it must not be indexed, nor claim one address as its own.
                ["indexed"] = kind != "not-found",
                ["json_ld"] = new TrustedHtml(StructuredData.Write(_site, steps, topic, kind == "home")),
            },
        };
    }

    public Dictionary<string, object?> Topic(Topic topic)
    {
        var risk = _site.RiskOf(topic);
        var category = _site.CategoryOf(topic);
        var neighbours = _site.NeighboursOf(topic);
        var sections = topic.Body.Headings.Where(h => h.Level == 2 && h.Id.Length > 0).ToList();
        var nextReview = topic.LastReviewed is { } reviewed ? _site.Config.ReviewDue(reviewed) : null;

        var data = Base("topic", topic.Title, topic.Summary, Urls.Topic(topic.Slug), topic, (category.Name, Urls.Category(category.Slug)));
        data["topic"] = new Dictionary<string, object?>
        {
            ["slug"] = topic.Slug,
            ["title"] = topic.Title,
            ["summary"] = topic.Summary,
            ["url"] = Urls.Topic(topic.Slug),
            ["category"] = CategoryLink(category),
            ["risk"] = RiskBadge(risk, TypeOf(topic)?.RiskWording),
            ["type"] = TypeOf(topic) is { } type ? new Dictionary<string, object?> { ["id"] = type.Id, ["label"] = type.Label } : null,
            ["tags"] = _site.TagsOf(topic).Select(t => Link(t.Name, Urls.Tag(t.Slug), "name")).ToList<object?>(),
            ["synonyms"] = topic.Synonyms.ToList<object?>(),
            ["health_risks"] = topic.HealthRisks.ToList<object?>(),
            ["author"] = Person(topic.AuthorId),
            ["reviewer"] = Person(topic.ReviewerId),
            ["published"] = Iso(topic.Published),
            ["updated"] = Iso(topic.Updated),
            ["last_reviewed"] = Iso(topic.LastReviewed),
            ["next_review_due"] = Iso(nextReview),
            ["published_display"] = Display(topic.Published),
            ["updated_display"] = Display(topic.Updated),
            ["last_reviewed_display"] = Display(topic.LastReviewed),
            ["next_review_due_display"] = Display(nextReview),
            ["review_overdue"] = nextReview is { } due && due < _today,
            ["toc"] = sections.Count >= ContentsThreshold
                ? sections.Select(h => new Dictionary<string, object?> { ["id"] = h.Id, ["text"] = h.Text }).ToList<object?>()
                : [],
            ["urgent_help"] = topic.ShowsUrgentHelp ? _urgentHelpBox : null,
            ["body_html"] = new TrustedHtml(_markdown.Render(topic.Body.Document, _site.LinksOf(topic.SourcePath), CitationNumbers(topic))),
            ["references"] = References(topic),
            ["related"] = topic.Related.Select(r => _site.TopicsBySlug[r.Value]).Select(TopicCard).ToList<object?>(),
            ["disclaimers"] = topic.Disclaimers.Select(DisclaimerView).ToList<object?>(),
            ["previous"] = neighbours.Previous is { } previous ? Link(previous.Title, Urls.Topic(previous.Slug)) : null,
            ["next"] = neighbours.Next is { } next ? Link(next.Title, Urls.Topic(next.Slug)) : null,
        };
        return data;
    }

    /// <summary>Each reference's number by id: its position in the topic's list, which is already in citation order.</summary>
    private static Dictionary<string, int>? CitationNumbers(Topic topic)
    {
        if (topic.Body.Citations.Count == 0)
        {
            return null;
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < topic.References.Count; i++)
        {
            if (topic.References[i].Id is { } id)
            {
                numbers.TryAdd(id, i + 1);
            }
        }

        return numbers;
    }

    /// <summary>The reference list: each entry in the NLM style, with the id citations link to and a link back to the first citation.</summary>
    private static List<object?> References(Topic topic)
    {
        var cited = topic.Body.Citations.Count == 0 ? null : topic.Body.Citations.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return topic.References.Select((r, i) => (object?)new Dictionary<string, object?>
        {
            ["number"] = i + 1,
            ["id"] = Content.Citations.CitationRenderer.EntryId(i + 1),
            ["html"] = new TrustedHtml(NlmStyle.Html(r)),
            ["back_url"] = r.Id is { } id && cited?.Contains(id) == true ? "#" + Content.Citations.CitationRenderer.CitationId(i + 1) : null,
            ["title"] = r.Title,
            ["url"] = r.PrimaryUrl,
            ["type"] = ReferenceReader.TypeNames[(int)r.Type],
            ["doi"] = r.Doi,
            ["pmid"] = r.Pmid,
        }).ToList();
    }

    public Dictionary<string, object?> Home()
    {
        // "Home – Site" keeps the "Page – Site" pattern of every title without saying the site's name twice.
        var data = Base("home", "Home", _site.Config.Description, Urls.Home);
        data["categories"] = _site.Categories.Select(c =>
        {
            var view = CategoryLink(c);
            view["topics"] = c.Topics.Take(HomeTopicsPerCategory).Select(TopicCard).ToList<object?>();
            return view;
        }).ToList<object?>();
        data["recent"] = _site.Topics
            .Where(t => t.LastReviewed is not null)
            .OrderByDescending(t => t.LastReviewed)
            .ThenBy(t => t, TopicOrdering.Instance)
            .Take(RecentCount)
            .Select(TopicCard)
            .ToList<object?>();
        data["risk_levels"] = RiskLevels();
        return data;
    }

    public Dictionary<string, object?> AToZ(IReadOnlyList<AToZEntry> entries)
    {
        var data = Base("topics", "Topics A to Z", $"Every topic in {_site.Config.Title}, from A to Z, with the other names people use for them.", Urls.AToZ);
        data["letters"] = entries
            .GroupBy(entry => entry.Letter)
            .Select(group => new Dictionary<string, object?>
            {
                ["letter"] = group.Key,
                ["id"] = group.Key == "#" ? "other" : group.Key.ToLowerInvariant(),
                ["entries"] = group.Select(entry => new Dictionary<string, object?>
                {
                    ["title"] = entry.Title,
                    ["url"] = Urls.Topic(entry.Topic.Slug),
                    ["summary"] = entry.Topic.Summary,
                    ["risk"] = entry.IsSynonym ? null : RiskLink(_site.RiskOf(entry.Topic)),
                    ["type"] = entry.IsSynonym ? null : TypeOf(entry.Topic)?.Label,
                    ["see"] = entry.IsSynonym ? Link(entry.Topic.Title, Urls.Topic(entry.Topic.Slug)) : null,
                }).ToList<object?>(),
            })
            .ToList<object?>();
        return data;
    }

    public Dictionary<string, object?> Category(Category category)
    {
        var data = Base("category", category.Name, $"{category.Name}: {Count(category.Topics.Count)} in {_site.Config.Title}.", Urls.Category(category.Slug));
        var view = CategoryLink(category);
        view["topics"] = category.Topics.Select(TopicCard).ToList<object?>();
        data["category"] = view;
        return data;
    }

    public Dictionary<string, object?> Tag(Tag tag)
    {
        var data = Base("tag", tag.Name, $"Topics tagged {tag.Name} in {_site.Config.Title}.", Urls.Tag(tag.Slug));
        data["tag"] = new Dictionary<string, object?>
        {
            ["name"] = tag.Name,
            ["slug"] = tag.Slug,
            ["url"] = Urls.Tag(tag.Slug),
            ["topics"] = tag.Topics.Select(TopicCard).ToList<object?>(),
        };
        return data;
    }

    public Dictionary<string, object?> RiskIndex()
    {
        var data = Base("risk-index", "The risk scale", $"How {_site.Config.Title} rates the risk of treatments, from lowest to highest, and the topics at each level.", Urls.RiskIndex);
        data["risk_levels"] = RiskLevels();
        return data;
    }

    public Dictionary<string, object?> Risk(RiskLevel level)
    {
        var data = Base("risk", level.Label, level.Description, Urls.Risk(level.Id), ("The risk scale", Urls.RiskIndex));
        data["risk_level"] = RiskLevelView(level);
        return data;
    }

    public Dictionary<string, object?> Author(Author author)
    {
        var description = author.Credentials is null ? $"{author.Name} writes for {_site.Config.Title}." : $"{author.Name}, {author.Credentials}.";
        var data = Base("author", author.Name, description, Urls.Author(author.Id));
        data["author"] = new Dictionary<string, object?>
        {
            ["id"] = author.Id,
            ["name"] = author.Name,
            ["credentials"] = author.Credentials,
            ["fictional"] = author.Fictional,
            ["bio_html"] = author.Bio is null ? null : new TrustedHtml(_markdown.RenderSnippet(author.Bio)),
            ["website"] = author.Url,
            ["written"] = _site.Topics.Where(t => t.AuthorId == author.Id).Select(TopicCard).ToList<object?>(),
            ["reviewed"] = _site.Topics.Where(t => t.ReviewerId == author.Id).Select(TopicCard).ToList<object?>(),
        };
        return data;
    }

    public Dictionary<string, object?> Page(Page page)
    {
        var data = Base("page", page.Title, page.Summary ?? _site.Config.Description, Urls.Page(page.Slug));
        ((Dictionary<string, object?>)data["page"]!)["image_url"] = ImageUrl(page.Image);
        data["document"] = new Dictionary<string, object?>
        {
            ["title"] = page.Title,
            ["summary"] = page.Summary,
            ["updated"] = Iso(page.Updated),
            ["updated_display"] = Display(page.Updated),
            ["body_html"] = new TrustedHtml(_markdown.Render(page.Body.Document, _site.LinksOf(page.SourcePath))),
        };
        return data;
    }

    public Dictionary<string, object?> Search()
    {
        var data = Base("search", "Search", $"Search {_site.Config.Title} by what you call a treatment or condition, its brand names and its risks.", Urls.Search);
        data["search"] = new Dictionary<string, object?>
        {
            ["index_url"] = _search.Value.IndexUrl,
            ["store_url"] = _search.Value.StoreUrl,
            ["split_url"] = _search.Value.SplitUrl,
        };
        return data;
    }

    /// <summary>The page portals link to by clinical code; its script sends the reader on, so it carries only where to look.</summary>
    public Dictionary<string, object?> Codes()
    {
        var data = Base("codes", "Find a topic by clinical code", $"Links from health records to {_site.Config.Title} by ICD-10, SNOMED CT, LOINC, RxNorm, MeSH or ATC code.", Urls.Codes);
        data["codes"] = new Dictionary<string, object?>
        {
            ["index_url"] = Urls.CodesIndex,
            ["systems"] = Content.Codes.CodeSystem.All.Select(system => new Dictionary<string, object?> { ["id"] = system.Id, ["name"] = system.Name }).ToList<object?>(),
        };
        return data;
    }

    /// <summary>/get-help/: every service of urgent_help, grouped by region.</summary>
    public Dictionary<string, object?> GetHelp(UrgentHelp help)
    {
        var data = Base("get-help", help.Title, $"Where to get urgent help: phone numbers and services, and when to use each.", Urls.GetHelp);
        data["urgent_help"] = new Dictionary<string, object?>
        {
            ["title"] = help.Title,
            ["intro_html"] = help.Intro is null ? null : new TrustedHtml(_markdown.RenderSnippet(help.Intro)),
            ["regions"] = help.Regions().Select(region => (object?)new Dictionary<string, object?>
            {
                ["name"] = region.Region,
                ["id"] = region.Region is null ? "services" : "region-" + Slugs.FromName(region.Region),
                ["services"] = region.Services.Select(HelpServiceView).ToList<object?>(),
            }).ToList(),
        };
        return data;
    }

    private static Dictionary<string, object?> HelpServiceView(HelpService service) => new()
    {
        ["name"] = service.Name,
        ["region"] = service.Region,
        ["phone"] = service.Phone,
        ["phone_url"] = service.PhoneLink,
        ["text"] = service.Text,
        ["text_url"] = service.TextLink,
        ["url"] = service.Url,
        ["when"] = service.When,
    };

    public Dictionary<string, object?> NotFound() =>
        Base("not-found", "Page not found", "This page does not exist. Find what you need in the A to Z or by searching.", Urls.NotFound);

    /// <summary>
    /// A topic's card, made once: the same card stands on its category's, risk level's, author's and tag pages and
    /// beside related topics, eight places on average. Templates only read it, so every page can share it.
    /// </summary>
    /// <summary>The absolute address of the picture shared with a link (og:image): the page's own, else the site's, else none.</summary>
    private string? ImageUrl(Located<string>? own) =>
        (own ?? _site.Config.Image) is { } image ? Urls.Absolute(Urls.BasePath + image.Value) : null;

    public Dictionary<string, object?> TopicCard(Topic topic) => _cards.GetOrAdd(topic, NewTopicCard);

    private Dictionary<string, object?> NewTopicCard(Topic topic) => new()
    {
        ["title"] = topic.Title,
        ["url"] = Urls.Topic(topic.Slug),
        ["summary"] = topic.Summary,
        ["risk"] = RiskLink(_site.RiskOf(topic)),
        ["category"] = Link(topic.Category, Urls.Category(Slugs.FromName(topic.Category)), "name"),
        ["type"] = TypeOf(topic)?.Label,
        ["last_reviewed"] = Iso(topic.LastReviewed),
        ["last_reviewed_display"] = Display(topic.LastReviewed),
    };

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Display(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private List<object?> RiskLevels() => _site.Config.RiskLevels.Select(level => (object?)RiskLevelView(level)).ToList();

    private Dictionary<string, object?> RiskLevelView(RiskLevel level)
    {
        var view = RiskBadge(level);
        view["topics"] = _site.TopicsWithRisk(level).Select(TopicCard).ToList<object?>();
        return view;
    }

    private PageType? TypeOf(Topic topic) => topic.TypeId is { } id ? _site.Config.PageTypes[id] : null;

    /// <param name="wording">How the page's type words its badge ("Risk of the treatments described"), or null.</param>
    private Dictionary<string, object?> RiskBadge(RiskLevel level, string? wording = null) => new()
    {
        ["wording"] = wording,
        ["id"] = level.Id,
        ["label"] = level.Label,
        ["description"] = level.Description,
        ["url"] = Urls.Risk(level.Id),
        ["rank"] = level.Rank + 1,
        ["count"] = _site.Config.RiskLevels.Count,
    };

    private Dictionary<string, object?> RiskLink(RiskLevel level) => new()
    {
        ["id"] = level.Id,
        ["label"] = level.Label,
        ["url"] = Urls.Risk(level.Id),
    };

    private Dictionary<string, object?> CategoryLink(Category category) => new()
    {
        ["name"] = category.Name,
        ["slug"] = category.Slug,
        ["url"] = Urls.Category(category.Slug),
        ["count"] = category.Topics.Count,
    };

    private Dictionary<string, object?>? Person(string? id) =>
        id is not null && _site.Authors.TryGetValue(id, out var author)
            ? new Dictionary<string, object?>
            {
                ["id"] = author.Id,
                ["name"] = author.Name,
                ["credentials"] = author.Credentials,
                ["fictional"] = author.Fictional,
                ["url"] = Urls.Author(author.Id),
            }
            : null;

    private Dictionary<string, object?> DisclaimerView(Disclaimer disclaimer) => new()
    {
        ["id"] = disclaimer.Id,
        ["title"] = disclaimer.Title,
        ["html"] = _disclaimerHtml[disclaimer.Id],
    };

    private static Dictionary<string, object?> Link(string title, string url, string titleKey = "title") => new()
    {
        [titleKey] = title,
        ["url"] = url,
    };

    private static string Count(int topics) => topics == 1 ? "1 topic" : $"{topics} topics";
}
