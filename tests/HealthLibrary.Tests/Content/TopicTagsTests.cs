using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Content;

/// <summary>A topic's tags as its page names them: in its front matter's order, each once, spelled as the tag's own page spells it.</summary>
public sealed class TopicTagsTests
{
    [Fact]
    public void A_tag_named_twice_is_shown_once_and_every_page_spells_it_as_its_first_topic_did()
    {
        var build = TestBuild.Run(Sites.Small
            .Replace("author: ana-lima\n", "author: ana-lima\ntags: [Sleep, Anxiety, sleep]\n", StringComparison.Ordinal)
            .Replace("risk: high\n", "risk: high\ntags: [anxiety, SLEEP]\n", StringComparison.Ordinal));

        build.AssertSucceeded();
        Assert.Equal(["Sleep /tags/sleep/", "Anxiety /tags/anxiety/"], TagLinks(build, "topics/alpha/index.html"));
        Assert.Equal(["Anxiety /tags/anxiety/", "Sleep /tags/sleep/"], TagLinks(build, "topics/beta/index.html"));
        Assert.Empty(TagLinks(build, "topics/gamma/index.html"));
    }

    private static List<string> TagLinks(TestBuild build, string path) =>
        build.Document(path).QuerySelectorAll(".tags__list a").Select(link => $"{link.TextContent.Trim()} {link.GetAttribute("href")}").ToList();
}
