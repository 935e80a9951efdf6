using System.Text.RegularExpressions;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Rendering;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Content;

/// <summary>Runs the examples of the Markdown spec files in Specs/: Markdown in, the body's HTML out.</summary>
public sealed partial class MarkdownSpecTests
{
    private const string Fence = "````````````````````````````````";

    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.TestsFolder, "Specs"), "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var number = 0;
            foreach (Match match in ExamplePattern().Matches(text))
            {
                number++;
                data.Add(Path.GetFileName(file), number, match.Groups["markdown"].Value, match.Groups["html"].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string spec, int number, string markdown, string html)
    {
        var files = SiteText.Parse(Sites.Small);
        files.Remove("input/topics/alpha.md");
        files.Remove("input/topics/beta.md");
        files.Remove("input/topics/gamma.md");
        files["input/assets/chart.svg"] = "<svg/>";
        files["input/topics/conditions/gamma.md"] = "---\ntitle: Gamma\nsummary: G.\nrisk: low\ncategory: Conditions\n---\nG.\n";
        files["input/topics/treatments/beta.md"] = "---\ntitle: Beta\nsummary: B.\nrisk: low\ncategory: Treatments\n---\n## Two\n\n## Doses and timing\n";
        files["input/topics/treatments/alpha.md"] = "---\ntitle: Alpha\nsummary: A.\nrisk: low\ncategory: Treatments\n---\n" + markdown;
        var input = new MemoryContentSource("input", files.Where(f => f.Key.StartsWith("input/", StringComparison.Ordinal)).ToDictionary(f => f.Key["input/".Length..], f => f.Value));

        var (site, result) = SiteGenerator.Load(input, new BuildOptions { Today = TestBuild.Today, Theme = new FileSystemContentSource(Repository.DefaultTheme) });

        Assert.True(result.Succeeded, $"{spec} example {number}: " + string.Join("\n", result.Diagnostics));
        var alpha = site!.Model.TopicsBySlug["alpha"];
        var rendered = new MarkdownRenderer(site.Model.Markdown, site.Model.Urls).Render(alpha.Body.Document, site.Model.LinksOf(alpha.SourcePath));
        Assert.Equal(html, rendered);
    }

    [GeneratedRegex("^" + Fence + " example\n(?<markdown>(?:.*\n)*?)\\.\n(?<html>(?:.*\n)*?)" + Fence + "$", RegexOptions.Multiline)]
    private static partial Regex ExamplePattern();
}
