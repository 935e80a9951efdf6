using System.Text;
using System.Text.RegularExpressions;
using HealthLibrary.Content;
using HealthLibrary.Input;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>
/// An include that stands alone in its tag writes straight into the page; one whose result is used as a value (here in
/// brackets) is made into text first. Pages must come out the same either way, and whole however long they are.
/// </summary>
public sealed partial class IncludeOutputTests
{
    [Fact]
    public void Every_page_of_the_sample_library_is_the_same_with_every_include_used_as_a_value()
    {
        var files = Directory.EnumerateFiles(Repository.Input, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(Repository.Input, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        var asValues = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        foreach (var (name, text) in ThemeWithIncludesAsValues())
        {
            asValues[name] = Encoding.UTF8.GetBytes(text);
        }

        var inPlace = TestBuild.Run(new MemoryContentSource("input", files)).AssertSucceeded();
        var values = TestBuild.Run(new MemoryContentSource("input", asValues)).AssertSucceeded();

        values.AssertSameFilesAs(inPlace);
    }

    [Fact]
    public void Listings_and_pages_of_more_than_a_million_characters_come_out_whole()
    {
        // 1,200 topics make the risk levels' page and the A to Z over a million characters each, and one body is longer still.
        const int Topics = 1200;
        var files = SiteText.Parse(Sites.Small);
        var summary = string.Concat(Enumerable.Repeat("Plain words about a treatment and its risks. ", 6));
        for (var topic = 0; topic < Topics; topic++)
        {
            files[$"input/topics/topic-{topic:D4}.md"] = $"---\ntitle: Topic {topic:D4}\nsummary: {summary}{topic}\nrisk: {(topic % 2 == 0 ? "low" : "high")}\ncategory: Conditions\n---\nBody of topic {topic}.\n";
        }

        files["input/topics/gamma.md"] = files["input/topics/gamma.md"].Replace("Plain text.", string.Concat(Enumerable.Range(0, 12_000).Select(line => $"Paragraph {line} of a very long page, which must reach its end.\n\n")), StringComparison.Ordinal);
        var asValues = new Dictionary<string, string>(files, StringComparer.Ordinal);
        foreach (var (name, text) in ThemeWithIncludesAsValues())
        {
            asValues["input/" + name] = text;
        }

        var build = TestBuild.Run(files).AssertSucceeded();
        TestBuild.Run(asValues).AssertSucceeded().AssertSameFilesAs(build);

        var riskLevels = build.Html("risk/index.html");
        Assert.True(riskLevels.Length > 1_000_000, $"the risk levels' page has {riskLevels.Length} characters");
        Assert.Equal(Topics + 3, build.Document("risk/index.html").QuerySelectorAll("main li.card").Length);
        Assert.EndsWith("</html>\n", riskLevels, StringComparison.Ordinal);
        Assert.Equal(Topics + 3, build.Document("topics/index.html").QuerySelectorAll("main li.az-list__item").Length);
        var gamma = build.Html("topics/gamma/index.html");
        Assert.Contains("Paragraph 11999 of a very long page, which must reach its end.", gamma, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", gamma, StringComparison.Ordinal);
    }

    /// <summary>Every template of the default theme with each <c>include "name" value</c> in brackets, under the site's layouts/.</summary>
    private static List<(string Name, string Text)> ThemeWithIncludesAsValues()
    {
        var templates = Path.Combine(Repository.DefaultTheme, "templates");
        var bracketed = 0;
        var result = new List<(string Name, string Text)>();
        foreach (var path in Directory.EnumerateFiles(templates, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = Include().Replace(File.ReadAllText(path), match =>
            {
                bracketed++;
                return $"{match.Groups["open"].Value}({match.Groups["call"].Value}){match.Groups["close"].Value}";
            });
            result.Add(("layouts/" + Path.GetRelativePath(templates, path).Replace('\\', '/'), text));
        }

        // The theme's includes that stand alone in their tags: the layout's, the topic page's and the partials'.
        Assert.True(bracketed >= 30, $"only {bracketed} includes were put in brackets");
        return result;
    }

    [GeneratedRegex("""(?<open>\{\{~?\s*)(?<call>include "[^"]+"[^}~]*?)(?<close>\s*~?\}\})""")]
    private static partial Regex Include();
}
