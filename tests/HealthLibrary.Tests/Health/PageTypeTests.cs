using HealthLibrary.Diagnostics;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Health;

/// <summary>page_types in site.yml: sections a page of each type must have, its badge's words, its own template, and synonyms that clash.</summary>
public sealed class PageTypeTests
{
    /// <summary>The small site with a condition type given by its Conditions category.</summary>
    public static readonly string Site = Sites.Small
        .Replace("categories: [Treatments, Conditions]\n", """
            page_types:
              condition:
                label: Condition
                required_sections: [Symptoms, When to get help]
                recommended_sections: [Causes]
                risk_wording: Risk of the treatments described
              guide: { label: Guide }
            categories:
              - Treatments
              - name: Conditions
                type: condition

            """)
        .Replace("Plain text.\n", "## symptoms\n\nText.\n\n## When  to get HELP\n\nText.\n\n## Causes\n\nText.\n");

    [Fact]
    public void A_condition_page_says_its_type_and_words_its_badge_as_its_type_does()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();

        var gamma = build.Document("topics/gamma/index.html");
        Assert.Equal("Condition", gamma.QuerySelector(".topic__type")!.TextContent);
        Assert.Equal("Risk of the treatments described: Moderate risk", gamma.QuerySelector("[data-risk] .risk-badge__label")!.TextContent);
        Assert.Equal("Condition", build.Document("categories/conditions/index.html").QuerySelector(".card__type")!.TextContent);
        Assert.Equal("Condition", build.Document("topics/index.html").QuerySelector(".az-list__type")!.TextContent);
        Assert.Null(build.Document("topics/alpha/index.html").QuerySelector(".topic__type"));
    }

    [Fact]
    public void A_missing_required_section_is_an_error_at_the_category_line_that_gave_the_type()
    {
        var build = TestBuild.Run(Site.Replace("## symptoms\n", "## Signs\n"));

        var error = Assert.Single(build.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/topics/gamma.md:5:11: error HL0403: a Condition page needs a '## Symptoms' section; its level-2 headings are: Signs, When  to get HELP, Causes", error.ToString());
    }

    [Fact]
    public void A_missing_recommended_section_is_a_warning_at_the_type_line()
    {
        var site = Site.Replace("category: Conditions\n", "category: Conditions\ntype: condition\n").Replace("## Causes\n", "## Outlook\n");

        var build = TestBuild.Run(site).AssertSucceeded();

        var warning = Assert.Single(build.Diagnostics, d => d.Code == DiagnosticCode.RecommendedSectionMissing);
        Assert.Equal("input/topics/gamma.md:6:7", warning.Location.ToString());
    }

    [Fact]
    public void A_type_of_its_own_overrides_the_category_s()
    {
        var build = TestBuild.Run(Site.Replace("category: Conditions\n", "category: Conditions\ntype: guide\n").Replace("## symptoms\n", "## Signs\n")).AssertSucceeded();

        Assert.Equal("Guide", build.Document("topics/gamma/index.html").QuerySelector(".topic__type")!.TextContent);
    }

    [Fact]
    public void A_type_template_is_used_for_its_type_and_topic_for_the_rest()
    {
        var files = SiteText.Parse(Site);
        files["input/layouts/topic-condition.sbn"] = "<div class=\"condition-page\">{{ include \"theme/topic\" }}</div>\n";

        var build = TestBuild.Run(files).AssertSucceeded();

        Assert.NotNull(build.Document("topics/gamma/index.html").QuerySelector(".condition-page h1"));
        Assert.Null(build.Document("topics/alpha/index.html").QuerySelector(".condition-page"));
    }

    [Fact]
    public void A_synonym_that_is_another_topic_s_title_or_synonym_is_warned_about_naming_both_files()
    {
        var site = Site
            .Replace("title: Alpha\n", "title: Alpha\nsynonyms: [PTSD, beta]\n")
            .Replace("title: Gamma\n", "title: Gamma\nsynonyms: [ptsd]\n");

        var build = TestBuild.Run(site).AssertSucceeded();

        var warnings = build.Diagnostics.Where(d => d.Code == DiagnosticCode.SharedName).Select(d => d.ToString()).ToList();
        Assert.Equal(
            [
                "input/topics/alpha.md:3:18: warning HL0912: synonym 'beta' is also the title of input/topics/beta.md:2 (Beta); readers looking it up could land on either",
                "input/topics/gamma.md:3:12: warning HL0912: synonym 'ptsd' is also a synonym of input/topics/alpha.md:3 (Alpha); readers looking it up could land on either",
            ],
            warnings);
    }
}
