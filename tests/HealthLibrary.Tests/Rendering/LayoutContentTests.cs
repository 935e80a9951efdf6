using HealthLibrary.Rendering;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>
/// A page's content reaches the layout as a marker that is then replaced by the content's text, when the layout
/// places it once and unescaped; pages must come out exactly as if the layout had been given the content itself.
/// </summary>
public sealed class LayoutContentTests
{
    [Fact]
    public void The_default_theme_places_content_once_so_its_pages_take_the_short_way()
    {
        var templates = Directory.GetFiles(Path.Combine(Repository.DefaultTheme, "templates"), "*.hbs", SearchOption.AllDirectories);
        var layout = templates.Single(path => Path.GetFileName(path) == "base.hbs");

        Assert.True(ThemeTemplates.ContentPlacedOnce(File.ReadAllText(layout), templates.Where(path => path != layout).Select(File.ReadAllText)));
    }

    [Theory]
    [InlineData("<main>{{{content}}}</main>", "", true)]
    [InlineData("<main>{{{ content }}}</main>", "", true)]
    [InlineData("<main>{{{~content~}}}</main>", "", true)]
    [InlineData("<main>{{content}}</main>", "", false)]
    [InlineData("<main>{{{content}}}{{{content}}}</main>", "", false)]
    [InlineData("{{#if content}}<main>{{{content}}}</main>{{/if}}", "", false)]
    [InlineData("<main>{{{content}}}</main>{{> footer content}}", "", false)]
    [InlineData("<main>{{{content}}}</main>{{> footer}}", "<p>{{length content}}</p>", false)]
    [InlineData("<main>{{{content}}}</main>{{> footer}}", "<p>{{../content}}</p>", false)]
    [InlineData("<main>{{{content}}}</main>{{> footer}}", "<p class=\"content\">{{site.title}}</p>", true)]
    [InlineData("<main>{{{@root.content}}}</main>", "", false)]
    public void Only_a_single_unescaped_content_that_nothing_else_names_is_placed_by_marker(string layout, string partial, bool placedOnce)
    {
        Assert.Equal(placedOnce, ThemeTemplates.ContentPlacedOnce(layout, [partial]));
    }

    [Fact]
    public void Every_page_is_the_same_whether_the_layout_takes_the_short_way_or_not()
    {
        // Long bodies in several scripts and with characters outside the BMP, so the content's builder holds many
        // chunks and some surrogate pairs fall across a chunk's end.
        var files = SiteText.Parse(Sites.Small);
        var paragraph = "Cuidado con la dosis: 😀 ŝ Ελληνικά 日本語 <b>&amp;</b> 𝔘𝔫𝔦𝔠𝔬𝔡𝔢. ";
        files["input/topics/gamma.md"] = files["input/topics/gamma.md"].Replace("Plain text.", string.Concat(Enumerable.Repeat(paragraph + "\n\n", 900)));
        var shortWay = Layout(files, "<!doctype html><title>{{page.title}}</title><main>\n{{{content}}}\n</main>{{> footer}}");
        var longWay = Layout(files, "<!doctype html><title>{{page.title}}</title>{{#if content}}<main>\n{{{content}}}\n</main>{{/if}}{{> footer}}");

        var one = TestBuild.Run(shortWay).AssertSucceeded();
        var other = TestBuild.Run(longWay).AssertSucceeded();

        one.AssertSameFilesAs(other);

        var gamma = one.Html("topics/gamma/index.html");
        Assert.Equal(900, gamma.Split("Cuidado con la dosis: 😀 ŝ Ελληνικά 日本語").Length - 1);
        Assert.Equal(900, gamma.Split("𝔘𝔫𝔦𝔠𝔬𝔡𝔢.").Length - 1);
    }

    [Fact]
    public void A_layout_that_escapes_content_shows_it_escaped()
    {
        var files = Layout(SiteText.Parse(Sites.Small), "<main>{{content}}</main>");

        var html = TestBuild.Run(files).AssertSucceeded().Html("topics/alpha/index.html");

        Assert.Contains("<main>&lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("healthlib-page-content", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_that_places_content_twice_gets_it_twice()
    {
        var files = Layout(SiteText.Parse(Sites.Small), "<main>{{{content}}}</main><aside>{{{content}}}</aside>");

        var html = TestBuild.Run(files).AssertSucceeded().Html("topics/gamma/index.html");

        Assert.Equal(2, html.Split("Plain text.").Length - 1);
        Assert.DoesNotContain("healthlib-page-content", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_writer_who_types_the_marker_gets_their_text_back_as_written()
    {
        var files = SiteText.Parse(Sites.Small.Replace("title: Gamma", "title: \"Gamma \\u0001healthlib-page-content-8d4f2c\\u0001\""));

        var html = TestBuild.Run(files).AssertSucceeded().Html("topics/gamma/index.html");

        Assert.Single(html.Split("Plain text.").Skip(1));
        Assert.Contains("healthlib-page-content-8d4f2c", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Layout(Dictionary<string, string> files, string layout)
    {
        var copy = new Dictionary<string, string>(files) { ["input/layouts/base.hbs"] = layout };
        return copy;
    }
}
