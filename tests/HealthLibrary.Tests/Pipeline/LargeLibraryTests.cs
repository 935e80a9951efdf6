using HealthLibrary.Content;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Search;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Pipeline;

/// <summary>What a library of a thousand topics looks like to a reader: pages stay light however many topics there are.</summary>
public sealed class LargeLibraryTests
{
    [Fact]
    public void Home_shows_each_categorys_first_six_topics_and_links_to_all_of_them()
    {
        var build = LibraryBuilds.Thousand;
        var home = build.Document("index.html");
        var sections = home.QuerySelectorAll("section.home-category");
        Assert.NotEmpty(sections);
        foreach (var section in sections)
        {
            var categoryUrl = section.QuerySelector("h2 a")!.GetAttribute("href")!;
            var category = build.Document(categoryUrl.TrimStart('/') + "index.html");
            var all = category.QuerySelectorAll(".cards > li a[href^='/topics/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
            var shown = section.QuerySelectorAll(".cards > li a[href^='/topics/']").Select(a => a.GetAttribute("href")).Distinct().ToList();

            Assert.True(all.Count > 6, $"{categoryUrl} has only {all.Count} topics; the test needs more");
            Assert.Equal(all.Take(6), shown);
            Assert.Contains($"All {all.Count} topics", section.QuerySelector(".section-head__more a")!.TextContent);
        }

        Assert.True(build.Output.Files["index.html"].Length < 100_000, $"the home page is {build.Output.Files["index.html"].Length:N0} bytes");
    }

    [Fact]
    public void The_index_gets_every_topic_once_in_site_order_though_pages_render_in_any_order()
    {
        var build = LibraryBuilds.Thousand;
        var refs = build.SearchDocuments.Select(document => document.Ref).ToList();
        Assert.Equal(Enumerable.Range(0, refs.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), refs);

        var (site, _) = SiteGenerator.Load(new FileSystemContentSource(HealthCorpus.Generate(1000), "corpus"), new BuildOptions { Today = TestBuild.Today, Theme = new FileSystemContentSource(Repository.DefaultTheme, "themes/default") });
        var model = site!.Model;
        var expected = model.Topics.Select(topic => model.Urls.Topic(topic.Slug)).Concat(model.Pages.Select(page => model.Urls.Page(page.Slug)));
        Assert.Equal(expected, build.SearchDocuments.Select(document => document.Result.Url));
    }
}
