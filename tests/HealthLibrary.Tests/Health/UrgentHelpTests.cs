using HealthLibrary.Diagnostics;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Health;

/// <summary>urgent_help in site.yml, as a reader meets it: the box near the top of a topic, /get-help/, the footer link; and check's warning.</summary>
public sealed class UrgentHelpTests
{
    /// <summary>The small site with two regions of services, shown on high-risk topics.</summary>
    public static readonly string Site = Sites.Small.Replace("default_disclaimers: [medical]\n", """
        default_disclaimers: [medical]
        urgent_help:
          title: Get help now
          intro: If someone is in danger now, **call an emergency number**.
          services:
            - name: Emergency services
              region: UK
              phone: "999"
              when: Your life, or someone else's, is at risk now.
            - name: NHS 111
              region: UK
              phone: "111"
              url: https://111.nhs.uk/
            - name: Samaritans
              region: UK
              phone: "116 123"
              when: Any time, day or night.
            - name: 988 Suicide & Crisis Lifeline
              region: US
              phone: "988"
              text: "988"
              url: https://988lifeline.org/
              when: Call or text, any time.
            - name: Example line
              phone: "+44 (0)20 7946 0000"
          show_on: [high]
          keywords: [suicide, suicidal, overdose]

        """);

    [Fact]
    public void A_high_risk_topic_shows_the_box_after_its_summary_and_before_its_body()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();

        var beta = build.Document("topics/beta/index.html");
        var box = beta.QuerySelector("[data-urgent-help]");
        Assert.NotNull(box);
        var article = beta.QuerySelector("article")!;
        var order = article.QuerySelectorAll(".lede, [data-urgent-help], .topic__body").Select(element => element.ClassName).ToList();
        Assert.Equal(["lede", "urgent-help", "prose topic__body"], order);
        Assert.Equal("Get help now", box.QuerySelector("h2")!.TextContent);

        // The first two services of each region, so a reader in either country sees a number to call.
        var calls = box.QuerySelectorAll("a[href^='tel:']").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("tel:999", "Call 999"), ("tel:111", "Call 111"), ("tel:988", "Call 988"), ("tel:+4402079460000", "Call +44 (0)20 7946 0000")], calls);
        Assert.Equal("sms:988", box.QuerySelector("a[href^='sms:']")!.GetAttribute("href"));
        Assert.Equal("/get-help/", box.QuerySelector(".urgent-help__more a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("alpha", "related: [beta]", "related: [beta]\nurgent_help: true", true)]
    [InlineData("beta", "category: Treatments", "category: Treatments\nurgent_help: false", false)]
    [InlineData("alpha", "related: [beta]", "related: [beta]", false)]
    public void Front_matter_shows_or_hides_the_box_whatever_the_risk_level(string slug, string find, string replace, bool shown)
    {
        var files = SiteText.Parse(Site);
        files[$"input/topics/{slug}.md"] = files[$"input/topics/{slug}.md"].Replace(find, replace);

        var build = TestBuild.Run(files).AssertSucceeded();

        Assert.Equal(shown, build.Document($"topics/{slug}/index.html").QuerySelector("[data-urgent-help]") is not null);
    }

    [Fact]
    public void Get_help_lists_every_service_by_region_with_links_that_call_and_text()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();

        var page = build.Document("get-help/index.html");
        Assert.Equal("Get help now", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("call an emergency number", page.QuerySelector(".get-help__intro strong")!.TextContent);
        var regions = page.QuerySelectorAll(".get-help__region").Select(region =>
            (region.QuerySelector("h2")?.TextContent ?? "(none)") + ": " + string.Join(", ", region.QuerySelectorAll(".help-service__name").Select(name => name.TextContent.Trim())));
        Assert.Equal(["UK: Emergency services (UK), NHS 111 (UK), Samaritans (UK)", "US: 988 Suicide & Crisis Lifeline (US)", "(none): Example line"], regions);
        Assert.Equal(["tel:999", "tel:111", "tel:116123", "tel:988", "tel:+4402079460000"], page.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://988lifeline.org/", page.QuerySelectorAll(".help-service__name a").Last().GetAttribute("href"));
        Assert.Contains("<loc>https://example.org/get-help/</loc>", build.Html("sitemap.xml"));
    }

    [Fact]
    public void Every_page_links_to_get_help_from_its_footer()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();

        foreach (var path in build.Output.Files.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.True(build.Document(path).QuerySelector("footer a[href='/get-help/']") is not null, $"{path} has no link to /get-help/ in its footer");
        }
    }

    [Fact]
    public void Without_urgent_help_there_is_no_box_no_page_and_no_footer_link()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        Assert.False(build.Output.Files.ContainsKey("get-help/index.html"));
        Assert.Null(build.Document("topics/beta/index.html").QuerySelector("[data-urgent-help]"));
        Assert.Null(build.Document("index.html").QuerySelector("footer a[href='/get-help/']"));
    }

    [Fact]
    public void Writers_text_in_services_is_escaped()
    {
        var site = Site.Replace("name: NHS 111", "name: \"<script>alert(1)</script>\"").Replace("when: Call or text, any time.", "when: \"<img src=x onerror=alert(1)>\"");
        var build = TestBuild.Run(site).AssertSucceeded();

        foreach (var path in new[] { "get-help/index.html", "topics/beta/index.html" })
        {
            var html = build.Html(path);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
        }
    }

    [Fact]
    public void A_topic_that_mentions_a_keyword_without_the_box_is_warned_about_at_the_word()
    {
        var files = SiteText.Parse(Site);
        files["input/topics/gamma.md"] = files["input/topics/gamma.md"].Replace("Plain text.", "Plain text.\n\nSome people have Suicidal thoughts.");
        // A word that only contains a keyword is not a mention; a writer who decided against the box is not asked again.
        files["input/topics/alpha.md"] = files["input/topics/alpha.md"].Replace("## One", "## One\n\nNot antisuicidepanel.");
        files["input/topics/beta.md"] = files["input/topics/beta.md"].Replace("category: Treatments", "category: Treatments\nurgent_help: false").Replace("## Two", "## Two\n\nOverdose.");

        var build = TestBuild.Run(files).AssertSucceeded();

        var warning = Assert.Single(build.Diagnostics, d => d.Code == DiagnosticCode.UrgentWordsWithoutHelp);
        Assert.Equal("input/topics/gamma.md:9:18: warning HL0910: this topic mentions 'suicidal' but does not show the urgent-help box", warning.ToString());
    }

    [Fact]
    public void A_keyword_in_the_summary_is_warned_about_at_the_summary()
    {
        var site = Site.Replace("summary: The third topic.", "summary: The third topic, about overdose.");

        var build = TestBuild.Run(site).AssertSucceeded();

        var warning = Assert.Single(build.Diagnostics, d => d.Code == DiagnosticCode.UrgentWordsWithoutHelp);
        Assert.Equal("input/topics/gamma.md:3:10", warning.Location.ToString());
        Assert.Contains("'overdose'", warning.Message);
    }
}
