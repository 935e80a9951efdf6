using System.Text;
using HealthLibrary.Input;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Pipeline;

/// <summary>Whole sites written as strings, built in memory through the real theme, checked as a reader would see them.</summary>
public sealed class SiteBuildTests
{
    [Fact]
    public void Every_page_kind_is_written_at_its_pretty_address()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        string[] expected =
        [
            "index.html", "topics/index.html", "topics/alpha/index.html", "topics/beta/index.html", "topics/gamma/index.html",
            "categories/treatments/index.html", "categories/conditions/index.html", "risk/index.html", "risk/low/index.html",
            "risk/moderate/index.html", "risk/high/index.html", "authors/ana-lima/index.html", "about/index.html", "404.html",
            "sitemap.xml", "robots.txt",
        ];
        foreach (var path in expected)
        {
            Assert.True(build.Output.Files.ContainsKey(path), $"{path} was not written");
        }
    }

    [Fact]
    public void Links_between_topics_become_addresses_and_keep_their_fragment()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        var links = build.Document("topics/alpha/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/topics/beta/#two", links);
        Assert.Contains("/topics/gamma/", links);
    }

    [Fact]
    public void A_base_url_with_a_path_is_respected_by_every_internal_link()
    {
        var site = Sites.Small.Replace("base_url: https://example.org/", "base_url: https://example.org/health/");
        var build = TestBuild.Run(site).AssertSucceeded();

        var alpha = build.Document("topics/alpha/index.html");
        Assert.Contains("/health/topics/beta/#two", alpha.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var internalLinks = build.Output.Files.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(path => build.Document(path).QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(element => (path, url: element.GetAttribute("href") ?? element.GetAttribute("src")!)))
            .Where(link => link.url.StartsWith('/'));
        foreach (var (path, url) in internalLinks)
        {
            Assert.True(url.StartsWith("/health/", StringComparison.Ordinal), $"{path} links to {url}, outside /health/");
        }

        Assert.Contains("<loc>https://example.org/health/topics/alpha/</loc>", build.Html("sitemap.xml"));
    }

    [Fact]
    public void A_draft_is_left_out_of_every_output_file()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/topics/secret.md"] = """
            ---
            title: Zanzibar-draft-title
            summary: Zanzibar-draft-summary
            risk: low
            category: Conditions
            tags: [zanzibar-draft-tag]
            synonyms: [Zanzibar-draft-synonym]
            aliases: [/zanzibar-draft-alias/]
            draft: true
            ---
            Zanzibar-draft-body.
            """;

        var build = TestBuild.Run(files).AssertSucceeded();

        foreach (var (path, bytes) in build.Output.Files)
        {
            Assert.DoesNotContain("zanzibar", Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secret", path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Writers_text_in_front_matter_is_escaped_everywhere()
    {
        var site = Sites.Small
            .Replace("title: Alpha", "title: \"Alpha <script>alert(1)</script>\"")
            .Replace("summary: The first topic.", "summary: \"<img src=x onerror=alert(1)>\"");

        var build = TestBuild.Run(site).AssertSucceeded();

        foreach (var path in build.Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = build.Html(path);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }

        Assert.Contains("Alpha <script>alert(1)</script>", build.Document("topics/alpha/index.html").QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Raw_html_in_markdown_is_text_unless_the_site_allows_it(bool allowHtml, bool expectElement)
    {
        var site = Sites.Small
            .Replace("default_disclaimers: [medical]", $"default_disclaimers: [medical]\nmarkdown:\n  allow_html: {(allowHtml ? "true" : "false")}")
            .Replace("Plain text.", "Plain <mark class=\"raw\">marked</mark> text.");

        var gamma = TestBuild.Run(site).AssertSucceeded().Document("topics/gamma/index.html");

        Assert.Equal(expectElement, gamma.QuerySelector("mark.raw") is not null);
        Assert.Equal(!expectElement, gamma.QuerySelector("main")!.TextContent.Contains("<mark class=\"raw\">", StringComparison.Ordinal));
    }

    [Fact]
    public void Disclaimers_come_site_defaults_first_then_the_risk_levels_then_the_topics_each_once()
    {
        var site = Sites.Small.Replace("risk: high\ncategory: Treatments", "risk: high\ncategory: Treatments\ndisclaimers: [emergency, medical]");

        var beta = TestBuild.Run(site).AssertSucceeded().Document("topics/beta/index.html");

        var ids = beta.QuerySelectorAll("[data-disclaimer]").Select(e => e.GetAttribute("data-disclaimer")).ToList();
        Assert.Equal(["medical", "supervision", "emergency"], ids);
    }

    [Fact]
    public void The_risk_badge_names_the_level_in_words_and_links_to_the_scale()
    {
        var beta = TestBuild.Run(Sites.Small).AssertSucceeded().Document("topics/beta/index.html");

        var badge = Assert.Single(beta.QuerySelectorAll("[data-risk]"));
        Assert.Equal("high", badge.GetAttribute("data-risk"));
        Assert.Contains("High risk", badge.TextContent);
        var link = badge.LocalName == "a" ? badge : badge.QuerySelector("a") ?? badge.Closest("a");
        Assert.NotNull(link);
        Assert.StartsWith("/risk/", link!.GetAttribute("href"));
    }

    [Fact]
    public void Previous_and_next_stay_within_a_category_by_default()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        var alpha = build.Document("topics/alpha/index.html");
        var beta = build.Document("topics/beta/index.html");
        var gamma = build.Document("topics/gamma/index.html");
        Assert.Null(alpha.QuerySelector("a[rel=prev]"));
        Assert.Equal("/topics/beta/", alpha.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/topics/alpha/", beta.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(beta.QuerySelector("a[rel=next]"));
        Assert.Null(gamma.QuerySelector("a[rel=prev]"));
        Assert.Null(gamma.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void Library_scope_runs_previous_and_next_across_categories_in_site_order()
    {
        var site = Sites.Small.Replace("default_disclaimers: [medical]", "default_disclaimers: [medical]\nnavigation:\n  scope: library");

        var build = TestBuild.Run(site).AssertSucceeded();

        Assert.Equal("/topics/gamma/", build.Document("topics/beta/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/topics/beta/", build.Document("topics/gamma/index.html").QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void Order_comes_before_title_in_reading_order()
    {
        var site = Sites.Small.Replace("title: Beta\n", "title: Beta\norder: 1\n");

        var build = TestBuild.Run(site).AssertSucceeded();

        Assert.Equal("/topics/alpha/", build.Document("topics/beta/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_contents_list_appears_from_three_sections_on()
    {
        var three = Sites.Small.Replace("Plain text.", "## First\n\nA.\n\n## Second\n\nB.\n\n## Third\n\nC.");
        var two = Sites.Small.Replace("Plain text.", "## First\n\nA.\n\n## Second\n\nB.");

        var withList = TestBuild.Run(three).AssertSucceeded().Document("topics/gamma/index.html");
        var without = TestBuild.Run(two).AssertSucceeded().Document("topics/gamma/index.html");

        var tocLinks = withList.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#first", tocLinks);
        Assert.Contains("#third", tocLinks);
        Assert.DoesNotContain("#first", without.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Health_risks_are_listed_in_their_section()
    {
        var site = Sites.Small.Replace("risk: high\n", "risk: high\nhealth_risks: [Raised blood pressure, Nausea]\n");

        var beta = TestBuild.Run(site).AssertSucceeded().Document("topics/beta/index.html");

        var items = beta.QuerySelectorAll("[data-section=health-risks] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Raised blood pressure", "Nausea"], items);
    }

    [Fact]
    public void The_a_to_z_lists_synonyms_as_see_entries_leading_to_their_topic()
    {
        var site = Sites.Small.Replace("title: Beta\n", "title: Beta\nsynonyms: [Zeta brand]\n");

        var atoz = TestBuild.Run(site).AssertSucceeded().Document("topics/index.html");

        var entry = atoz.QuerySelectorAll("li").First(li => li.TextContent.Contains("Zeta brand", StringComparison.Ordinal));
        Assert.Contains("Beta", entry.TextContent);
        Assert.Contains("/topics/beta/", entry.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Titles_read_page_then_site()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        Assert.Equal("Alpha – Test Library", build.Document("topics/alpha/index.html").Title);
        Assert.Single(build.Document("topics/alpha/index.html").QuerySelectorAll("h1"));
    }

    [Fact]
    public void Assets_are_copied_as_they_are_and_can_be_linked_from_a_topic()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/assets/images/chart.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
        files["input/topics/gamma.md"] = files["input/topics/gamma.md"].Replace("Plain text.", "![A chart](../assets/images/chart.svg)");

        var build = TestBuild.Run(files).AssertSucceeded();

        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", build.Html("assets/images/chart.svg"));
        Assert.Equal("/assets/images/chart.svg", build.Document("topics/gamma/index.html").QuerySelector("main img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_layout_in_the_input_overrides_the_themes_and_can_wrap_the_original()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/404.sbn"] = "<div class=\"site-404\">{{ include \"theme/404\" }}</div>\n";

        var build = TestBuild.Run(files).AssertSucceeded();

        var page = build.Document("404.html");
        Assert.NotNull(page.QuerySelector("div.site-404 h1"));
    }

    [Fact]
    public void A_template_using_an_unknown_value_fails_the_build_at_its_line_and_column()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/404.sbn"] = "<h1>\n  {{ page.titel }}</h1>\n";

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        Assert.Contains("input/layouts/404.sbn:2:11: error HL0303: the '404' template failed for /404.html: Cannot get member with name titel", build.Lines);
    }

    [Theory]
    [InlineData("partials/footer.sbn", "{{ for }}x{{ end }}", "input/layouts/partials/footer.sbn:1:8: error HL0302: the template cannot be read", "Expecting")]
    [InlineData("404.sbn", "{{ if }}x{{ end }}", "input/layouts/404.sbn:1:7: error HL0302: the template cannot be read", "Expecting <expression> instead of `}}`")]
    [InlineData("404.sbn", "x {{ site.nothing }}", "input/layouts/404.sbn:1:11: error HL0303: the '404' template failed for /404.html", ": Cannot get member with name nothing")]
    [InlineData("404.sbn", "{{ include site.categories }}", "input/layouts/404.sbn:1:4: error HL0303: the '404' template failed for /404.html", "there is no partial")]
    [InlineData("404.sbn", "{{ include \"../../site.yml\" }}", "input/layouts/404.sbn:1:4: error HL0303: the '404' template failed for /404.html", ": there is no partial '../../site.yml' (an include names a template of the theme or of input/layouts/, never a path outside them)")]
    [InlineData("404.sbn", "{{ while true }}x{{ end }}", "input/layouts/404.sbn:1:4: error HL0303: the '404' template failed for /404.html", ": Exceeding number of iteration limit `1000000` for loop statement")]
    [InlineData("partials/footer.sbn", "<footer>{{ include \"footer\" }}</footer>", "input/layouts/partials/footer.sbn:1:12: error HL0303: the 'home' template failed for /", "Exceeding number of recursive depth limit `100`")]
    [InlineData("partials/risk-label.sbn", "<span>{{ $1.lable }}</span>", "input/layouts/partials/risk-label.sbn:1:13: error HL0303: the 'home' template failed for /", "Cannot get member with name lable")]
    [InlineData("404.sbn", "{{ site.title.length }}", "input/layouts/404.sbn:1:15: error HL0303: the '404' template failed for /404.html", "length")]
    public void A_template_that_Scriban_fails_on_is_reported_at_its_line_and_column(string layout, string text, string start, string cause)
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/" + layout] = text + "\n";

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        Assert.Contains(build.Lines, line => line.StartsWith(start, StringComparison.Ordinal) && line.Contains(cause, StringComparison.Ordinal));
    }

    [Fact]
    public void A_mistake_in_a_partial_every_page_uses_is_one_error_naming_the_first_page_it_broke()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/partials/footer.sbn"] = "<footer>\n{{ site.nothing }}\n</footer>\n";

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Diagnostics, d => d.Code == "HL0303");
        Assert.Matches(@"^input/layouts/partials/footer\.sbn:2:9: error HL0303: the 'home' template failed for / and [0-9]+ other pages: Cannot get member with name nothing$", error.ToString());
    }

    [Fact]
    public async Task A_template_nested_too_deeply_is_refused_before_it_overflows_the_stack()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/partials/footer.sbn"] = string.Concat(Enumerable.Repeat("{{ if site }}", 20000)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 20000)) + "\n";

        // On a pool thread, whose stack is as small as a Windows main thread's (1.5 MB), as serve's rebuilds run.
        var build = await Task.Run(() => TestBuild.Run(files));

        Assert.False(build.Succeeded);
        Assert.Contains(build.Lines, line => line.StartsWith("input/layouts/partials/footer.sbn:1:", StringComparison.Ordinal) && line.Contains("error HL0302: the template cannot be read: The statement depth limit `250` was reached", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_handlebars_layout_left_from_before_is_one_error_pointing_to_the_migration_notes()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/404.hbs"] = "<h1>{{page.title}}</h1>\n";
        files["input/layouts/partials/footer.hbs"] = "<footer>{{site.title}}</footer>\n";

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        var errors = build.Lines.Where(line => line.Contains("error", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "input/layouts/404.hbs: error HL0302: templates are written in Scriban now, and this Handlebars template is not read; rewrite it as 404.sbn beside it",
                "input/layouts/partials/footer.hbs: error HL0302: templates are written in Scriban now, and this Handlebars template is not read; rewrite it as footer.sbn beside it",
            ],
            errors);
        Assert.All(build.Diagnostics.Where(d => d.Code == "HL0302"), d => Assert.Contains("\"Moving layouts from Handlebars\"", d.Hint, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = TestBuild.Run(Sites.Small).AssertSucceeded();
        var second = TestBuild.Run(Sites.Small).AssertSucceeded();

        second.AssertSameFilesAs(first);
    }

    [Fact]
    public void Review_overdue_and_long_summaries_warn_without_failing()
    {
        var site = Sites.Small
            .Replace("title: Beta\n", "title: Beta\nlast_reviewed: 2020-01-15\n")
            .Replace("summary: The third topic.", "summary: " + new string('w', 170))
            .Replace("Plain text.", "# Big heading\n\nPlain text.");

        var build = TestBuild.Run(site).AssertSucceeded();

        Assert.Contains("input/topics/beta.md:3:16: warning HL0901: review is overdue: last reviewed 2020-01-15, due 2023-01-15", build.Lines);
        Assert.Contains(build.Lines, line => line.StartsWith("input/topics/gamma.md:3:10: warning HL0902: summary is 170 characters", StringComparison.Ordinal));
        Assert.Contains("input/topics/gamma.md:7:1: warning HL0904: '# Big heading' makes a second top-level heading; the title is the page's only one", build.Lines);
        var strict = TestBuild.Run(site, new BuildOptions { Strict = true });
        Assert.False(strict.Succeeded, "--strict should fail on warnings");
    }

    [Theory]
    [InlineData("9996-12-31", "9999-12-31")]
    [InlineData("9997-01-01", null)]
    [InlineData("9999-12-31", null)]
    public void A_review_due_after_the_end_of_the_calendar_is_left_out(string lastReviewed, string? due)
    {
        var site = Sites.Small.Replace("title: Beta\n", $"title: Beta\nlast_reviewed: {lastReviewed}\n");

        var page = TestBuild.Run(site).AssertSucceeded().Html("topics/beta/index.html");

        Assert.Contains($"<time datetime=\"{lastReviewed}\">", page);
        if (due is null)
        {
            Assert.DoesNotContain("Next review due", page);
        }
        else
        {
            Assert.Contains($"<time datetime=\"{due}\">", page);
        }
    }

    [Fact]
    public void Aliases_leave_a_page_that_points_to_the_new_address()
    {
        var site = Sites.Small.Replace("title: Beta\n", "title: Beta\naliases: [/old/beta/]\n");

        var redirect = TestBuild.Run(site).AssertSucceeded().Document("old/beta/index.html");

        Assert.Equal("https://example.org/topics/beta/", redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("/topics/beta/", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("\n", "")]
    [InlineData("\r\n", "\uFEFF")]
    public void A_body_read_again_for_its_page_keeps_every_character(string newline, string byteOrderMark)
    {
        // A body is decoded again when its page renders: from its own bytes at the end of the file, or, when the file
        // has carriage returns, from the whole file as at first. Either way the page is the one its first reading gives.
        var files = SiteText.Parse(Sites.Small);
        files["input/topics/beta.md"] = byteOrderMark + string.Join(newline, [
            "---", "title: Beta", "summary: Café, naïve façade.", "risk: high", "category: Treatments", "---",
            "## Two", "", "Café au lait, naïve façade, 😀 and 中文 (ü).", "", "Back to [alpha](alpha.md).", ""]);

        var html = TestBuild.Run(files).AssertSucceeded().Document("topics/beta/index.html").QuerySelector("main")!.InnerHtml;

        Assert.Contains("<p>Café au lait, naïve façade, 😀 and 中文 (ü).</p>", html);
        Assert.Contains("<h2 id=\"two\"", html);
        Assert.DoesNotContain("\r", html);
    }

    [Fact]
    public void A_topic_saved_after_it_was_read_fails_the_build_naming_it()
    {
        // A build reads each body again from its file when its page renders, rather than holding every body.
        using var folder = new SiteFolder(Sites.Small);
        var options = new BuildOptions { Today = TestBuild.Today, Theme = new FileSystemContentSource(Repository.DefaultTheme, "themes/default") };
        var (site, _) = SiteGenerator.Load(new FileSystemContentSource(folder.Input, "input"), options);
        Assert.NotNull(site);
        folder.Write("input/topics/beta.md", folder.Read("input/topics/beta.md") + "\nA line added meanwhile.\n");

        var (_, _, built) = SiteGenerator.Build(site, new MemoryOutput(), options);

        Assert.False(built.Succeeded);
        var error = Assert.Single(built.Diagnostics);
        Assert.Equal("input/topics/beta.md: error HL0006: the file changed while the site was being built", error.ToString().Split('\n')[0]);
    }
}
