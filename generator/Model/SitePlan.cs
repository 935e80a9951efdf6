using HealthLibrary.Configuration;
using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>
/// Every file the build writes, with its kind and address, pages first in a fixed order: rendering, the sitemap,
/// the alias checks, output and serve all read this one list. Assets and the search index are named as they are
/// written, in <see cref="FileFolders"/>.
/// </summary>
public sealed class SitePlan
{
    /// <summary>The content-hashed copies of assets, for long caching.</summary>
    public const string StaticFolder = "static";

    /// <summary>The search index and result store.</summary>
    public const string SearchFolder = "search";

    private SitePlan(IReadOnlyList<PlannedFile> files) => Files = files;

    /// <summary>Folders whose files are named as they are written (assets, their hashed copies, the search index), where no page or redirect may go.</summary>
    public static IReadOnlyList<string> FileFolders { get; } = [AssetReference.Folder, StaticFolder, SearchFolder];

    public IReadOnlyList<PlannedFile> Files { get; }

    /// <summary>The pages rendered through the theme, in page order: the site-wide pages, then topics, listings and pages.</summary>
    public IEnumerable<PlannedFile> Pages => Files.Where(file => file.IsPage);

    /// <summary>The plan of a built model, redirects included.</summary>
    public static SitePlan Of(SiteModel site) =>
        Of(site.Urls, site.Config, site.Topics, site.Pages, site.Categories, site.Tags, site.Authors.Values, site.Aliases);

    /// <summary>The plan of a site being modelled; the alias checks make it without redirects, to place them.</summary>
    public static SitePlan Of(
        SiteUrls urls,
        SiteConfig config,
        IEnumerable<Topic> topics,
        IEnumerable<Page> pages,
        IEnumerable<Category> categories,
        IEnumerable<Tag> tags,
        IEnumerable<Author> authors,
        IEnumerable<Alias> aliases)
    {
        var files = new List<PlannedFile>();
        void Add(SiteFileKind kind, string url, object? subject = null) => files.Add(new PlannedFile(kind, url, urls.OutputPath(url), subject));

        Add(SiteFileKind.Home, urls.Home);
        Add(SiteFileKind.AToZ, urls.AToZ);
        Add(SiteFileKind.RiskIndex, urls.RiskIndex);
        Add(SiteFileKind.Search, urls.Search);
        Add(SiteFileKind.NotFound, urls.NotFound);
        Add(SiteFileKind.Codes, urls.Codes);
        if (config.UrgentHelp is { } help)
        {
            Add(SiteFileKind.GetHelp, urls.GetHelp, help);
        }

        foreach (var topic in topics)
        {
            Add(SiteFileKind.Topic, urls.Topic(topic.Slug), topic);
        }

        foreach (var category in categories)
        {
            Add(SiteFileKind.Category, urls.Category(category.Slug), category);
        }

        foreach (var tag in tags)
        {
            Add(SiteFileKind.Tag, urls.Tag(tag.Slug), tag);
        }

        foreach (var level in config.RiskLevels)
        {
            Add(SiteFileKind.Risk, urls.Risk(level.Id), level);
        }

        foreach (var author in authors.OrderBy(author => author.Id, StringComparer.Ordinal))
        {
            Add(SiteFileKind.Author, urls.Author(author.Id), author);
        }

        foreach (var page in pages)
        {
            Add(SiteFileKind.Page, urls.Page(page.Slug), page);
        }

        foreach (var alias in aliases)
        {
            Add(SiteFileKind.Redirect, alias.Url, alias);
        }

        Add(SiteFileKind.Sitemap, urls.Sitemap);
        Add(SiteFileKind.Robots, urls.Robots);
        Add(SiteFileKind.Feed, urls.Feed);
        Add(SiteFileKind.CodesIndex, urls.CodesIndex);
        Add(SiteFileKind.HostingHeaders, urls.HostingHeaders);
        Add(SiteFileKind.HostingRedirects, urls.HostingRedirects);
        if (config.Icon is not null)
        {
            Add(SiteFileKind.Favicon, urls.Favicon);
            Add(SiteFileKind.TouchIcon, urls.TouchIcon);
        }

        Add(SiteFileKind.NoJekyll, urls.NoJekyll);
        return new SitePlan(files);
    }
}
