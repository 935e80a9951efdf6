using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>
/// The layout prints the page's content, which goes from the blocks it was rendered into straight into the page when
/// the layout prints it directly; pages must come out exactly as when it is printed from inside a partial.
/// </summary>
public sealed class LayoutContentTests
{
    [Fact]
    public void Every_page_is_the_same_whether_the_layout_or_a_partial_prints_the_content()
    {
        // Long bodies in several scripts and with characters outside the BMP, so the content's blocks are many and
        // some surrogate pairs fall across a block's end.
        var files = SiteText.Parse(Sites.Small);
        var paragraph = "Cuidado con la dosis: 😀 ŝ Ελληνικά 日本語 <b>&amp;</b> 𝔘𝔫𝔦𝔠𝔬𝔡𝔢. ";
        files["input/topics/gamma.md"] = files["input/topics/gamma.md"].Replace("Plain text.", string.Concat(Enumerable.Repeat(paragraph + "\n\n", 900)));
        var direct = Layout(files, "<!doctype html><title>{{ page.title }}</title><main>\n{{ content }}\n</main>{{ include \"footer\" }}");
        var throughPartial = Layout(files, "<!doctype html><title>{{ page.title }}</title>{{ include \"main\" }}{{ include \"footer\" }}");
        throughPartial["input/layouts/partials/main.sbn"] = "{{ if content }}<main>\n{{ content }}\n</main>{{ end }}";

        var one = TestBuild.Run(direct).AssertSucceeded();
        var other = TestBuild.Run(throughPartial).AssertSucceeded();

        one.AssertSameFilesAs(other);

        var gamma = one.Html("topics/gamma/index.html");
        Assert.Equal(900, gamma.Split("Cuidado con la dosis: 😀 ŝ Ελληνικά 日本語").Length - 1);
        Assert.Equal(900, gamma.Split("𝔘𝔫𝔦𝔠𝔬𝔡𝔢.").Length - 1);
    }

    [Fact]
    public void A_layout_that_places_content_twice_gets_it_twice()
    {
        var files = Layout(SiteText.Parse(Sites.Small), "<main>{{ content }}</main><aside>{{ content }}</aside>");

        var html = TestBuild.Run(files).AssertSucceeded().Html("topics/gamma/index.html");

        Assert.Equal(2, html.Split("Plain text.").Length - 1);
    }

    private static Dictionary<string, string> Layout(Dictionary<string, string> files, string layout)
    {
        var copy = new Dictionary<string, string>(files) { ["input/layouts/base.sbn"] = layout };
        return copy;
    }
}
