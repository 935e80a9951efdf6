using HandlebarsDotNet;
using HealthLibrary.Rendering;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>Writers' text stays escaped however a theme lays out its partials.</summary>
public sealed class TemplateEscapingTests
{
    [Fact]
    public void Handlebars_net_itself_drops_escaping_in_an_indented_partial_so_we_must_not_pass_one()
    {
        // If this starts failing, Handlebars.Net has fixed the bug and WithoutPartialIndentation may go.
        var handlebars = Handlebars.Create();
        handlebars.RegisterTemplate("card", "<b>{{title}}</b>");
        var raw = handlebars.Compile("<ul>\n  {{> card}}\n</ul>")(new { title = "<i>x</i>" });
        Assert.Contains("<i>x</i>", raw);

        var ours = handlebars.Compile(ThemeTemplates.WithoutPartialIndentation("<ul>\n  {{> card}}\n</ul>"))(new { title = "<i>x</i>" });
        Assert.Contains("&lt;i&gt;x&lt;/i&gt;", ours);
    }

    [Fact]
    public void An_indented_partial_in_a_site_layout_still_escapes_writers_text()
    {
        var files = SiteText.Parse(Sites.Small.Replace("title: Alpha", "title: \"Alpha <i>payload</i>\""));
        files["input/layouts/partials/title-line.hbs"] = "<p class=\"title-line\">{{title}}</p>\n";
        files["input/layouts/category.hbs"] = "<h1>{{category.name}}</h1>\n<div>\n  {{#each category.topics}}\n    {{> title-line}}\n  {{/each}}\n</div>\n";

        var build = TestBuild.Run(files).AssertSucceeded();

        var html = build.Html("categories/treatments/index.html");
        Assert.DoesNotContain("<i>payload</i>", html, StringComparison.Ordinal);
        Assert.Contains("Alpha &lt;i&gt;payload&lt;/i&gt;", html, StringComparison.Ordinal);
    }
}
