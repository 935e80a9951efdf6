using HealthLibrary.Input;
using HealthLibrary.Model;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Output;

/// <summary>The site plan against what a build writes: one declaration of every file, read by rendering, output and the sitemap.</summary>
public sealed class SitePlanTests
{
    private const string IconSvg = """<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f6f5c"/></svg>""";

    /// <summary>The small site with an icon, a tag, an old address and urgent help, so every kind of file is written.</summary>
    private static readonly string Site = Sites.Small
        .Replace("default_disclaimers: [medical]\n", """
            default_disclaimers: [medical]
            icon: assets/icon.svg
            urgent_help:
              title: Get help now
              intro: If someone is in danger now, call an emergency number.
              services:
                - name: Emergency services
                  region: UK
                  phone: "999"
                  when: Your life, or someone else's, is at risk now.

            """.ReplaceLineEndings("\n"))
        .Replace("related: [beta]\n", "related: [beta]\ntags: [sleep]\naliases: [/old-alpha/]\n")
        + "\n-- input/assets/icon.svg --\n" + IconSvg + "\n";

    [Fact]
    public void A_build_writes_every_planned_file_and_only_those_besides_assets_and_the_index()
    {
        var (plan, written) = Build(Site);

        // Precompressed copies sit beside the files they copy; assets and the index are named as they are written.
        var planned = plan.Files.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        var unplanned = written
            .Where(path => !planned.Contains(path))
            .Where(path => !SitePlan.FileFolders.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal)))
            .Where(path => !(path.EndsWith(".gz", StringComparison.Ordinal) || path.EndsWith(".br", StringComparison.Ordinal)) || !written.Contains(path[..^3]));
        Assert.Empty(unplanned);
        Assert.All(planned, path => Assert.Contains(path, written));
        Assert.Equal(Enum.GetValues<SiteFileKind>().Order(), plan.Files.Select(file => file.Kind).Distinct().Order());
    }

    [Fact]
    public void The_sitemap_lists_every_planned_page_but_the_404_page()
    {
        var (plan, _, output) = BuildWithOutput(Site);

        var listed = System.Xml.Linq.XDocument.Parse(output.Text("sitemap.xml")).Descendants().Where(element => element.Name.LocalName == "loc").Select(element => element.Value);
        Assert.Equal(plan.Pages.Where(file => file.Kind != SiteFileKind.NotFound).Select(file => "https://example.org" + file.Url).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    private static (SitePlan Plan, HashSet<string> Written) Build(string site)
    {
        var (plan, written, _) = BuildWithOutput(site);
        return (plan, written);
    }

    private static (SitePlan Plan, HashSet<string> Written, MemoryOutput Output) BuildWithOutput(string site)
    {
        var input = SiteText.Parse(site).Where(file => file.Key.StartsWith("input/", StringComparison.Ordinal))
            .ToDictionary(file => file.Key["input/".Length..], file => file.Value, StringComparer.Ordinal);
        var options = new BuildOptions { Today = TestBuild.Today, Theme = new FileSystemContentSource(Repository.DefaultTheme, "themes/default") };
        var (loaded, result) = SiteGenerator.Load(new MemoryContentSource("input", input), options);
        Assert.True(loaded is not null, string.Join("\n", result.Diagnostics));
        var output = new MemoryOutput();
        var (_, _, built) = SiteGenerator.Build(loaded, output, options);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        return (SitePlan.Of(loaded.Model), output.Files.Keys.ToHashSet(StringComparer.Ordinal), output);
    }
}
