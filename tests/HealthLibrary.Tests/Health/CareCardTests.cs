using HealthLibrary.Diagnostics;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Health;

/// <summary>Care cards written with ':::' in a topic, as a reader sees them: every kind in words, headings that fit the outline.</summary>
public sealed class CareCardTests
{
    private static string WithBody(string body) => Sites.Small.Replace("Plain text.\n", body + "\n");

    [Fact]
    public void Every_kind_says_in_words_how_urgent_it_is()
    {
        var build = TestBuild.Run(WithBody("""
            ## When to get help

            ::: non-urgent
            See a GP if it lasts a week.
            :::

            ::: urgent Ask for an urgent GP appointment or call 111 if:
            - you feel worse
            :::

            ::: immediate Call 999 or go to A&E if you:
            - have chest pain
            :::

            ::: warning
            Do not drive after a dose.
            :::

            ::: inset
            Some context, set apart.
            :::

            ::: do
            - rest
            :::

            ::: dont
            - drink alcohol
            :::
            """)).AssertSucceeded();

        var page = build.Document("topics/gamma/index.html");
        var cards = page.QuerySelectorAll("[data-care]").Select(card => (card.GetAttribute("data-care"), card.QuerySelector(".care__heading")?.TextContent)).ToList();
        Assert.Equal(
            [
                ("non-urgent", "Non-urgent advice:"),
                ("urgent", "Urgent advice: Ask for an urgent GP appointment or call 111 if:"),
                ("immediate", "Immediate action required: Call 999 or go to A&E if you:"),
                ("warning", "Important:"),
                ("inset", null),
                ("do", "Do"),
                ("dont", "Don't"),
            ],
            cards);
        Assert.Equal("have chest pain", page.QuerySelector("[data-care=immediate] li")!.TextContent);
        // The cards stand in a section under an h2, so their headings are h3.
        Assert.All(page.QuerySelectorAll(".care__heading"), heading => Assert.Equal("H3", heading.TagName));
    }

    [Fact]
    public void A_card_heading_sits_one_level_below_the_section_it_stands_in()
    {
        var build = TestBuild.Run(WithBody("""
            ::: warning
            Before any section.
            :::

            ## Treatment

            ### Side effects

            :::: urgent
            Outer card.

            ::: do
            - nested inside it
            :::
            ::::
            """)).AssertSucceeded();

        var headings = build.Document("topics/gamma/index.html").QuerySelectorAll(".care__heading").Select(heading => heading.TagName + " " + heading.TextContent).ToList();
        Assert.Equal(["H2 Important:", "H4 Urgent advice:", "H5 Do"], headings);
    }

    [Fact]
    public void Links_in_a_card_are_rewritten_like_any_other_and_its_heading_is_escaped()
    {
        var build = TestBuild.Run(WithBody("""
            ::: urgent <script>alert(1)</script>
            Read [alpha](alpha.md#one) first.
            :::
            """)).AssertSucceeded();

        var card = build.Document("topics/gamma/index.html").QuerySelector("[data-care=urgent]")!;
        Assert.Equal("/topics/alpha/#one", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Urgent advice: <script>alert(1)</script>", card.QuerySelector(".care__heading")!.TextContent);
        Assert.Null(card.QuerySelector("script"));
    }

    [Fact]
    public void A_misspelt_kind_suggests_the_kind_meant()
    {
        var build = TestBuild.Run(WithBody("::: Urgant\nText.\n:::"));

        var error = Assert.Single(build.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/topics/gamma.md:7:5", error.Location.ToString());
        Assert.Equal("did you mean 'urgent'?", error.Hint);
    }

    [Fact]
    public void A_kind_in_capitals_is_the_same_kind()
    {
        var build = TestBuild.Run(WithBody("::: Immediate\nCall 999.\n:::")).AssertSucceeded();

        Assert.NotNull(build.Document("topics/gamma/index.html").QuerySelector("[data-care=immediate]"));
    }

    [Fact]
    public void A_card_in_a_fenced_code_block_is_only_text()
    {
        var build = TestBuild.Run(WithBody("```\n::: urgant\n```")).AssertSucceeded();

        Assert.Null(build.Document("topics/gamma/index.html").QuerySelector("[data-care]"));
    }
}
