using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>
/// <c>{{ include_cached "name" value }}</c> makes a partial's HTML once per value and shows it wherever that value is:
/// pages must come out exactly as with <c>{{ include "name" value }}</c>, and its mistakes are reported like any template's.
/// </summary>
public sealed class CachedPartialsTests
{
    [Fact]
    public void Every_page_is_the_same_as_with_the_partial_called_each_time()
    {
        var files = SiteText.Parse(Sites.Small);
        var uncached = new Dictionary<string, string>(files)
        {
            ["input/layouts/partials/topic-cards.sbn"] = "<ul class=\"cards\">\n  {{~ for card in $1 ~}}\n{{ include \"topic-card\" card ~}}\n  {{~ end ~}}\n</ul>\n",
        };

        var cached = TestBuild.Run(files).AssertSucceeded();
        var each = TestBuild.Run(uncached).AssertSucceeded();

        cached.AssertSameFilesAs(each);
    }

    [Fact]
    public void A_sites_own_card_is_the_one_every_listing_shows()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/partials/topic-card.sbn"] = "<li class=\"site-card\">{{ $1.title }} ({{ $1.risk.label }})</li>\n";

        var build = TestBuild.Run(files).AssertSucceeded();

        var treatments = build.Document("categories/treatments/index.html");
        Assert.Equal(["Alpha (Low risk)", "Beta (High risk)"], treatments.QuerySelectorAll("li.site-card").Select(li => li.TextContent));
        Assert.Empty(treatments.QuerySelectorAll("li.card"));
        Assert.Equal("Beta (High risk)", build.Document("topics/alpha/index.html").QuerySelector("section.related li.site-card")!.TextContent);
        Assert.Equal("Beta (High risk)", build.Document("risk/high/index.html").QuerySelector("main li.site-card")!.TextContent);
    }

    [Fact]
    public void A_card_made_once_shows_a_writers_text_escaped_on_every_page()
    {
        var files = SiteText.Parse(Sites.Small.Replace("title: Beta", "title: \"Beta <script>alert(1)</script> & co\""));

        var build = TestBuild.Run(files).AssertSucceeded();

        foreach (var page in new[] { "categories/treatments/index.html", "risk/high/index.html", "topics/alpha/index.html" })
        {
            var html = build.Html(page);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.Contains("Beta &lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_cached_partial_cannot_see_the_page_it_is_shown_on()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/partials/topic-card.sbn"] = "<li>{{ $1.title }} on {{ page.title }}</li>\n";

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        Assert.Contains(build.Lines, line => line.StartsWith("input/layouts/partials/topic-card.sbn:1:26: error HL0303:", StringComparison.Ordinal) && line.Contains("`page` was not found", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{ include_cached \"topic-crad\" card }}", "there is no partial 'topic-crad'")]
    [InlineData("{{ include_cached \"topic-card\" crad }}", "`crad` was not found")]
    [InlineData("{{ include_cached card }}", "Invalid number of arguments `1` passed to `include_cached card` while expecting `2` arguments")]
    [InlineData("{{ include_cached card card }}", "include_cached takes a partial's name in quotes and one value")]
    public void A_mistake_fails_the_build_naming_the_template(string call, string expected)
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/partials/topic-cards.sbn"] = "<ul class=\"cards\">{{ for card in $1 }}" + call + "{{ end }}</ul>\n";

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        Assert.Contains(build.Lines, line => line.StartsWith("input/layouts/partials/topic-cards.sbn:1:", StringComparison.Ordinal) && line.Contains("error HL0303", StringComparison.Ordinal) && line.Contains(expected, StringComparison.Ordinal));
    }
}
