using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using HealthLibrary.Search;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Security;

/// <summary>Script payloads in every field a writer fills come out as inert text in every file of the site.</summary>
public sealed class PayloadTests
{
    private static readonly Lazy<TestBuild> Build = new(() => TestBuild.Run(HostileSite.Text).AssertSucceeded());

    [Fact]
    public void No_page_has_a_script_handler_or_script_address_the_site_did_not_put_there_itself()
    {
        var problems = new List<string>();
        foreach (var path in Build.Value.Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = Build.Value.Document(path);
            foreach (var element in document.QuerySelectorAll("*"))
            {
                if (element.LocalName == "script" && !IsOurs(element))
                {
                    problems.Add($"{path}: {element.OuterHtml}");
                }

                if (element.LocalName is "style" or "iframe" or "object" or "embed")
                {
                    problems.Add($"{path}: <{element.LocalName}>");
                }

                foreach (var attribute in element.Attributes)
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal))
                    {
                        problems.Add($"{path}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_payloads_are_shown_to_readers_as_the_text_the_writer_typed()
    {
        var topic = Build.Value.Document("topics/hostile/index.html");

        Assert.Equal("Hostile " + HostileSite.Payloads[0], topic.QuerySelector("h1")!.TextContent.Trim());
        var risks = topic.QuerySelectorAll("[data-section=health-risks] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(HostileSite.Payloads.Select(p => "Risk " + p), risks);
        Assert.Contains("Raw HTML: " + HostileSite.Payloads[0], topic.QuerySelector("main")!.TextContent);
        var atoz = Build.Value.Document("topics/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("Synonym " + HostileSite.Payloads[3], atoz);
    }

    [Fact]
    public void Script_addresses_in_markdown_links_and_images_are_neutralised_with_a_warning()
    {
        var body = Build.Value.Document("topics/hostile/index.html").QuerySelector(".topic__body")!;

        foreach (var text in new[] { "a link", "another", "entity", "vb", "data" })
        {
            Assert.Equal("#", body.QuerySelectorAll("a").Single(a => a.TextContent == text).GetAttribute("href"));
        }

        Assert.Equal("#", body.QuerySelector("img[alt=image]")!.GetAttribute("src"));
        Assert.Equal(7, Build.Value.Diagnostics.Count(d => d.Code == "HL0203"));
    }

    [Fact]
    public void Json_ld_feed_sitemap_and_search_store_parse_and_hold_the_payloads_as_plain_strings()
    {
        var page = Build.Value.Document("topics/hostile/index.html");
        var script = page.QuerySelector("script[type='application/ld+json']")!;
        Assert.DoesNotContain("</script>", script.InnerHtml, StringComparison.OrdinalIgnoreCase);
        using var jsonLd = JsonDocument.Parse(script.TextContent);
        var medical = jsonLd.RootElement.GetProperty("@graph")[0];
        Assert.Equal("Hostile " + HostileSite.Payloads[0], medical.GetProperty("name").GetString());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(Build.Value.Html("feed.xml"));
        Assert.Contains(feed.Descendants(atom + "title"), t => t.Value == "Hostile " + HostileSite.Payloads[0]);
        XDocument.Parse(Build.Value.Html("sitemap.xml"));

        using var store = JsonDocument.Parse(Build.Value.Output.Files[SearchFiles.StorePath]);
        Assert.Contains(store.RootElement.EnumerateObject(), e => e.Value.GetProperty("title").GetString() == "Hostile " + HostileSite.Payloads[0]);
        var raw = System.Text.Encoding.UTF8.GetString(Build.Value.Output.Files[SearchFiles.StorePath]);
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
    }

    private static bool IsOurs(IElement script) =>
        script.GetAttribute("type") == "application/ld+json"
        || (script.GetAttribute("src") is { } src && (src.StartsWith("/static/", StringComparison.Ordinal) || src.StartsWith("/assets/", StringComparison.Ordinal)));
}
