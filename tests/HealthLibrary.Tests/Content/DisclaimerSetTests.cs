using HealthLibrary.Configuration;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Content;

/// <summary>A topic's disclaimers: the site's defaults, then its risk level's, then its own, each once where it first appears.</summary>
public sealed class DisclaimerSetTests
{
    private static readonly RiskLevel High = new("high", "High risk", "Serious harms are possible.", ["supervision", "medical", "emergency"], 2);

    private static readonly SiteConfig Config = new(
        "Library", "", new Uri("https://example.org/"), "en", "default", 36, NavigationScope.Category, false, SearchSplitMode.Auto,
        [High],
        null,
        new Dictionary<string, Disclaimer>
        {
            ["medical"] = new("medical", "Not medical advice", "General information."),
            ["supervision"] = new("supervision", "Needs supervision", "Only under care."),
            ["emergency"] = new("emergency", "In an emergency", "Call your local emergency number."),
            ["pregnancy"] = new("pregnancy", "Pregnancy", "Ask first."),
        },
        ["medical"])
    {
        Publisher = new("Library", new Uri("https://example.org/")),
    };

    [Theory]
    [InlineData(new string[0], "medical supervision emergency")]
    [InlineData(new[] { "pregnancy" }, "medical supervision emergency pregnancy")]
    [InlineData(new[] { "emergency", "pregnancy", "medical", "pregnancy" }, "medical supervision emergency pregnancy")]
    public void Defaults_come_first_then_the_risk_levels_then_the_topics_own_each_once(string[] ownIds, string expected)
    {
        Assert.Equal(expected, string.Join(" ", DisclaimerSet.For(Config, High, ownIds).Ids));
    }

    [Fact]
    public void Without_a_risk_level_the_defaults_and_the_topics_own_remain()
    {
        Assert.Equal(["medical", "pregnancy"], DisclaimerSet.For(Config, null, ["pregnancy", "medical"]).Ids);
    }

    [Fact]
    public void An_id_the_site_does_not_define_is_left_out()
    {
        // It is an error where it is written; the set stays usable so the rest of the build's problems are found.
        Assert.Equal(["medical", "supervision", "emergency"], DisclaimerSet.For(Config, High, ["pregnacy"]).Ids);
    }

    [Fact]
    public void A_topic_page_shows_the_set_its_topic_carries()
    {
        var build = TestBuild.Run(Sites.Small.Replace("risk: high\n", "risk: high\ndisclaimers: [emergency, medical]\n"));

        var beta = build.AssertSucceeded().Document("topics/beta/index.html");

        var shown = beta.QuerySelectorAll("[data-disclaimer]").Select(aside => aside.GetAttribute("data-disclaimer")).ToList();
        Assert.Equal(["medical", "supervision", "emergency"], shown);
    }
}
