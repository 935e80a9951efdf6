using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>Every value a template prints is HTML-encoded, once, unless the generator made it as HTML.</summary>
public sealed class TemplateEscapingTests
{
    private const string Payload = "<i>payload</i> & \"quoted\" 'single'";
    private const string Encoded = "&lt;i&gt;payload&lt;/i&gt; &amp; &quot;quoted&quot; &#39;single&#39;";

    [Fact]
    public void Scriban_itself_prints_values_as_they_are_so_the_encoding_must_be_ours()
    {
        // If this starts failing, Scriban has started encoding on its own, and ours would encode twice.
        var plain = Scriban.Template.Parse("<p>{{ title }}</p>").Render(new { title = Payload });

        Assert.Equal("<p>" + Payload + "</p>", plain);
    }

    [Fact]
    public void A_value_printed_by_a_site_layout_is_encoded_without_asking()
    {
        var html = Category("<h1>{{ category.name }}</h1>\n{{ for card in category.topics }}<p class=\"t\">{{ card.title }}</p>{{ end }}\n");

        Assert.Contains("<p class=\"t\">Alpha " + Encoded + "</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>payload</i>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ card.title | string.upcase }}", "ALPHA &lt;I&gt;PAYLOAD&lt;/I&gt; &amp; &quot;QUOTED&quot; &#39;SINGLE&#39;")]
    [InlineData("{{ card.title | string.append \"!\" | string.prepend \"<\" }}", "&lt;Alpha " + Encoded + "!")]
    [InlineData("{{ card.title | html.escape }}", "Alpha " + Encoded)]
    [InlineData("{{ \"[\" + card.title + \"]\" }}", "[Alpha " + Encoded + "]")]
    [InlineData("{{ x = card.title; x }}", "Alpha " + Encoded)]
    [InlineData("{{ include \"title-line\" card }}", "<b>Alpha " + Encoded + "</b>")]
    [InlineData("{{ include \"title-line\" card | string.size }}", "81")]
    public void Pipes_functions_and_includes_encode_a_value_exactly_once(string expression, string expected)
    {
        var html = Category("{{ for card in category.topics limit:1 }}<p class=\"t\">" + expression + "</p>{{ end }}\n", "<b>{{ $1.title }}</b>");

        Assert.Contains("<p class=\"t\">" + expected + "</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_the_generator_made_is_printed_as_it_is()
    {
        var files = SiteText.Parse(Sites.Small.Replace("Plain text.", "Some *emphasis*."));
        files["input/layouts/topic.sbn"] = "<div class=\"body\">{{ topic.body_html }}</div>\n<script type=\"application/ld+json\">{{ page.json_ld }}</script>\n";

        var html = TestBuild.Run(files).AssertSucceeded().Html("topics/gamma/index.html");

        Assert.Contains("<div class=\"body\"><p>Some <em>emphasis</em>.</p>", html, StringComparison.Ordinal);
        Assert.Contains("{\"@context\":\"https://schema.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_cannot_reach_the_members_of_a_dotnet_object()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/404.sbn"] = "<p>{{ page.json_ld.html }}</p>\n";

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        Assert.Contains(build.Lines, line => line.StartsWith("input/layouts/404.sbn:1:", StringComparison.Ordinal) && line.Contains("Cannot get member with name html", StringComparison.Ordinal));
    }

    private static string Category(string layout, string? titleLine = null)
    {
        var files = SiteText.Parse(Sites.Small.Replace("title: Alpha", "title: 'Alpha " + Payload.Replace("'", "''") + "'"));
        files["input/layouts/category.sbn"] = layout;
        if (titleLine is not null)
        {
            files["input/layouts/partials/title-line.sbn"] = titleLine;
        }

        return TestBuild.Run(files).AssertSucceeded().Html("categories/treatments/index.html");
    }
}
