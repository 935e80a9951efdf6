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

    private const string IconSvg = """<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f6f5c"/></svg>""";

    private static readonly string Branded = Site.Replace("default_disclaimers: [medical]\n", "default_disclaimers: [medical]\nicon: assets/icon.svg\nimage: assets/share.svg\npublisher:\n  name: Example Health Trust\n  url: https://trust.example.org/\n")
        .Replace("title: Beta\n", "title: Beta\nimage: assets/beta.svg\n")
        + "\n-- input/assets/icon.svg --\n" + IconSvg + "\n-- input/assets/share.svg --\n" + IconSvg + "\n-- input/assets/beta.svg --\n" + IconSvg + "\n";

    [Fact]
    public void The_icon_from_site_yml_is_linked_and_drawn_as_the_favicon_and_touch_icon_phones_ask_for()
    {
        var build = TestBuild.Run(Branded).AssertSucceeded();
        var head = build.Document("topics/alpha/index.html").Head!;

        Assert.Matches(@"^/static/icon\.[0-9a-f]{10}\.svg$", head.QuerySelector("link[rel=icon][type='image/svg+xml']")!.GetAttribute("href"));
        Assert.Equal("/favicon.ico", head.QuerySelector("link[rel=icon][sizes='32x32']")!.GetAttribute("href"));
        Assert.Equal("/apple-touch-icon.png", head.QuerySelector("link[rel=apple-touch-icon]")!.GetAttribute("href"));

        // An ICO header naming one 32-pixel image, which is a PNG; and a 180-pixel PNG for phones.
        var ico = build.Output.Files["favicon.ico"].ToArray();
        Assert.Equal(new byte[] { 0, 0, 1, 0, 1, 0, 32, 32 }, ico[..8]);
        Assert.Equal(PngSignature, ico[22..30]);
        var touch = build.Output.Files["apple-touch-icon.png"].ToArray();
        Assert.Equal(PngSignature, touch[..8]);
        Assert.Equal(180, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(touch.AsSpan(16, 4)));
    }

    [Fact]
    public void Without_an_icon_no_icon_is_linked_or_written()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();

        Assert.Null(build.Document("index.html").QuerySelector("link[rel=icon]"));
        Assert.False(build.Output.Files.ContainsKey("favicon.ico"));
        Assert.Null(build.Document("index.html").QuerySelector("meta[property='og:image']"));
    }

    [Fact]
    public void Pages_share_the_site_image_unless_they_name_their_own()
    {
        var build = TestBuild.Run(Branded).AssertSucceeded();

        string? Image(string path) => build.Document(path).QuerySelector("meta[property='og:image']")?.GetAttribute("content");
        Assert.Equal("https://example.org/assets/share.svg", Image("topics/alpha/index.html"));
        Assert.Equal("https://example.org/assets/beta.svg", Image("topics/beta/index.html"));
        Assert.Equal("https://example.org/assets/share.svg", Image("index.html"));
        Assert.True(build.Output.Files.ContainsKey("assets/beta.svg"));
    }

    [Fact]
    public void Topics_name_the_publisher_and_the_home_page_describes_the_site_and_its_search()
    {
        var build = TestBuild.Run(Branded).AssertSucceeded();

        var medical = Graph(build, "topics/delta/index.html").Single(node => node.GetProperty("@type").GetString() == "MedicalWebPage");
        var publisher = medical.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("Example Health Trust", publisher.GetProperty("name").GetString());
        Assert.Equal("https://trust.example.org/", publisher.GetProperty("url").GetString());
        Assert.Equal("https://example.org/apple-touch-icon.png", publisher.GetProperty("logo").GetString());

        var site = Graph(build, "index.html").Single(node => node.GetProperty("@type").GetString() == "WebSite");
        Assert.Equal("https://example.org/", site.GetProperty("url").GetString());
        var action = site.GetProperty("potentialAction");
        Assert.Equal("SearchAction", action.GetProperty("@type").GetString());
        var template = action.GetProperty("target").GetProperty("urlTemplate").GetString()!;
        Assert.Equal("https://example.org/search/?q={search_term_string}", template);
        Assert.Equal("required name=search_term_string", action.GetProperty("query-input").GetString());
        Assert.True(build.Output.Files.ContainsKey("search/index.html"), "the SearchAction must point at the search page");
        Assert.DoesNotContain(Graph(build, "topics/delta/index.html"), node => node.GetProperty("@type").GetString() == "WebSite");
    }

    [Fact]
    public void Without_publisher_settings_the_site_is_its_own_publisher()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();

        var publisher = Graph(build, "topics/delta/index.html").Single(node => node.GetProperty("@type").GetString() == "MedicalWebPage").GetProperty("publisher");
        Assert.Equal("Test Library", publisher.GetProperty("name").GetString());
        Assert.Equal("https://example.org/", publisher.GetProperty("url").GetString());
        Assert.False(publisher.TryGetProperty("logo", out _));
    }

    [Fact]
    public void The_404_page_is_not_indexed_and_claims_no_address()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();
        var head = build.Document("404.html").Head!;

        Assert.Equal("noindex", head.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(head.QuerySelector("link[rel=canonical]"));
        Assert.Null(head.QuerySelector("meta[property='og:url']"));
        Assert.Null(build.Document("index.html").QuerySelector("meta[name=robots]"));
    }

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static List<JsonElement> Graph(TestBuild build, string path)
    {
        var script = build.Document(path).QuerySelector("script[type='application/ld+json']")!;
        return JsonDocument.Parse(script.TextContent).RootElement.GetProperty("@graph").EnumerateArray().ToList();
    }
}
