using System.Text.Json;
using System.Xml.Linq;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Hosting;

/// <summary>What search engines and feed readers see: the Atom feed, JSON-LD, Open Graph, canonical links and the sitemap.</summary>
public sealed class DiscoveryTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Site = Sites.Small + """

        -- input/topics/delta.md --
        ---
        title: Delta </script><script>alert(1)</script>
        summary: Delta & "friends" <b>bold</b>
        risk: high
        category: Treatments
        synonyms: [Deltamax]
        author: ana-lima
        reviewed_by: ana-lima
        published: 2024-02-01
        updated: 2025-06-30
        last_reviewed: 2026-01-10
        references:
          - { title: "A study", url: "https://example.org/study", publisher: Journal of Examples, year: 2021 }
        ---
        Body.
        """;

    [Fact]
    public void The_feed_is_atom_with_every_element_rfc_4287_requires_and_dates_from_the_topics()
    {
        var build = TestBuild.Run(Site.Replace("title: Beta\n", "title: Beta\npublished: 2023-03-01\n")).AssertSucceeded();

        var feed = XDocument.Parse(build.Html("feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("Test Library", feed.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2026-01-10T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "https://example.org/feed.xml");
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["https://example.org/topics/delta/", "https://example.org/topics/beta/"], entries.Select(e => e.Element(Atom + "id")!.Value));
        foreach (var entry in entries)
        {
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT00:00:00Z$", entry.Element(Atom + "updated")!.Value);
            Assert.Equal("alternate", (string?)entry.Element(Atom + "link")!.Attribute("rel"));
        }

        Assert.Equal("Delta </script><script>alert(1)</script>", entries[0].Element(Atom + "title")!.Value);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", build.Html("index.html"));
    }

    [Fact]
    public void A_topic_carries_medical_web_page_and_breadcrumb_json_ld_that_parses()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();
        var page = build.Document("topics/delta/index.html");

        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        var script = Assert.Single(scripts);
        Assert.DoesNotContain("</script><script>", script.InnerHtml, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script.TextContent);
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var medical = graph.Single(node => node.GetProperty("@type").GetString() == "MedicalWebPage");
        Assert.Equal("Delta </script><script>alert(1)</script>", medical.GetProperty("name").GetString());
        Assert.Equal("Delta & \"friends\" <b>bold</b>", medical.GetProperty("description").GetString());
        Assert.Equal("2026-01-10", medical.GetProperty("lastReviewed").GetString());
        Assert.Equal("2024-02-01", medical.GetProperty("datePublished").GetString());
        Assert.Equal("2025-06-30", medical.GetProperty("dateModified").GetString());
        Assert.Equal("Ana Lima", medical.GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.Equal("Ana Lima", medical.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://example.org/study", medical.GetProperty("citation")[0].GetProperty("url").GetString());
        Assert.Equal("Deltamax", medical.GetProperty("about").GetProperty("alternateName")[0].GetString());
        var crumbs = graph.Single(node => node.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(["Home", "Treatments", "Delta </script><script>alert(1)</script>"], crumbs.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("https://example.org/categories/treatments/", crumbs[1].GetProperty("item").GetString());
    }

    [Fact]
    public void Pages_have_open_graph_and_canonical_tags_and_the_sitemap_has_lastmod()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();
        var page = build.Document("topics/delta/index.html");

        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("https://example.org/topics/delta/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("https://example.org/topics/delta/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("website", build.Document("index.html").QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        var sitemap = XDocument.Parse(build.Html("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var delta = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value == "https://example.org/topics/delta/");
        Assert.Equal("2026-01-10", delta.Element(ns + "lastmod")!.Value);
    }
}
