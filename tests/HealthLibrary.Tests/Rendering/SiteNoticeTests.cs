using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>site.yml's notice stands on every page, and a person authors.yml marks fictional is called so wherever they are named.</summary>
public sealed class SiteNoticeTests
{
    private static Dictionary<string, string> ExampleSite()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/site.yml"] += "notice: >-\n  **This is an example library.** Its people are fictional; see [about](/about/). <script>alert(1)</script>\n";
        files["input/authors.yml"] = files["input/authors.yml"].Replace("  credentials: MD", "  credentials: MD\n  fictional: true");
        return files;
    }

    [Fact]
    public void The_notice_is_on_every_page_rendered_from_Markdown_with_raw_HTML_shown_as_text()
    {
        var build = TestBuild.Run(ExampleSite()).AssertSucceeded();

        var pages = build.Output.Files.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal) && !path.StartsWith("static/", StringComparison.Ordinal)).ToList();
        Assert.Contains("topics/alpha/index.html", pages);
        Assert.Contains("index.html", pages);
        Assert.Contains("404.html", pages);
        foreach (var path in pages.Where(path => build.Document(path).QuerySelector("main") is not null))
        {
            var notice = build.Document(path).QuerySelector("[data-site-notice]");
            Assert.True(notice is not null, $"{path} has no notice");
            Assert.Equal("This is an example library.", notice.QuerySelector("strong")?.TextContent);
            Assert.Equal("/about/", notice.QuerySelector("a")?.GetAttribute("href"));
            Assert.Null(notice.QuerySelector("script"));
            Assert.Contains("<script>alert(1)</script>", notice.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_site_without_a_notice_shows_none()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        Assert.Null(build.Document("topics/alpha/index.html").QuerySelector("[data-site-notice]"));
        Assert.Null(build.Document("index.html").QuerySelector("[data-site-notice]"));
    }

    [Fact]
    public void A_fictional_author_is_called_fictional_in_the_byline_and_on_their_own_page()
    {
        var build = TestBuild.Run(ExampleSite()).AssertSucceeded();

        var byline = build.Document("topics/alpha/index.html").QuerySelector(".byline")!;
        Assert.Equal("Written by Ana Lima, MD (a fictional person)", Normalise(byline.TextContent));
        var author = build.Document("authors/ana-lima/index.html");
        Assert.Equal("Ana Lima is a fictional person.", author.QuerySelector("[data-fictional]")?.TextContent);
    }

    [Fact]
    public void A_real_author_is_not_called_fictional()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        Assert.Equal("Written by Ana Lima, MD", Normalise(build.Document("topics/alpha/index.html").QuerySelector(".byline")!.TextContent));
        Assert.Null(build.Document("authors/ana-lima/index.html").QuerySelector("[data-fictional]"));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
