using System.Text.RegularExpressions;
using HealthLibrary.Cli;
using HealthLibrary.Configuration;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HealthLibrary.Tests.Cli;

/// <summary><c>init</c>: a new library that builds at once, passes check --strict, says what is left to fill in, and never lands on someone's files.</summary>
public sealed class InitTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("healthlib-init-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Library => Path.Combine(_root, "my-library");

    private ConsoleReporter Reporter => new(ConsoleReporter.Create(_out, true), ConsoleReporter.Create(_err, true));

    private int Init(string folder) => InitCommand.Run(folder, TestBuild.Today, Reporter);

    [Fact]
    public void A_new_library_builds_at_once_with_no_warning_and_passes_check_strict()
    {
        Assert.Equal(ExitCode.Success, Init(Library));

        string[] expected =
        [
            "site.yml", "authors.yml", "pages/about.md", "pages/editorial-policy.md", "netlify.toml", ".github/workflows/pages.yml", ".gitignore",
            "topics/conditions/hay-fever.md", "topics/medicines/antihistamines.md", "topics/treatments/allergen-immunotherapy.md", "topics/living-well/living-with-hay-fever.md",
        ];
        foreach (var file in expected)
        {
            Assert.True(File.Exists(Path.Combine(Library, file)), $"{file} was not written");
        }

        var build = TestBuild.Run(new FileSystemContentSource(Library)).AssertSucceeded();
        Assert.Empty(build.Diagnostics);
        Assert.Equal("Hay fever", build.Document("topics/hay-fever/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("/topics/antihistamines/", build.Document("topics/hay-fever/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.True(build.Output.Files.ContainsKey("about/index.html"));
        Assert.True(build.Output.Files.ContainsKey("editorial-policy/index.html"));
        Assert.Contains("2026-11-21", File.ReadAllText(Path.Combine(Library, "topics/conditions/hay-fever.md")), StringComparison.Ordinal);

        Assert.Equal(ExitCode.Success, CheckCommand.Run(Library, new BuildOptions { Today = TestBuild.Today, Strict = true }, Reporter));
        Assert.Contains("0 errors, 0 warnings", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_lists_every_setting_still_marked_todo_until_it_is_filled_in()
    {
        Init(Library);
        var site = File.ReadAllLines(Path.Combine(Library, "site.yml"));
        var todoLines = site.Select((line, i) => (line, number: i + 1)).Where(l => l.line.Contains("TODO:", StringComparison.Ordinal)).Select(l => l.number).ToList();
        Assert.NotEmpty(todoLines);

        var report = SiteGenerator.Check(new FileSystemContentSource(Library), new BuildOptions { Today = TestBuild.Today });

        var inSite = report.ToFillIn.Where(p => p.Location.File.EndsWith("/site.yml", StringComparison.Ordinal)).ToList();
        Assert.Equal(todoLines, inSite.Select(p => p.Location.Line));
        Assert.Contains(report.ToFillIn, p => p.Location.File.EndsWith("/authors.yml", StringComparison.Ordinal) && p.Text.StartsWith("replace these two", StringComparison.Ordinal));
        Assert.Equal(0, report.Warnings);

        // Filled in: the marks are gone, and so is every entry.
        foreach (var file in new[] { "site.yml", "authors.yml" })
        {
            var path = Path.Combine(Library, file);
            File.WriteAllLines(path, File.ReadAllLines(path).Where(line => !line.Contains("TODO:", StringComparison.Ordinal)));
        }

        Assert.Empty(SiteGenerator.Check(new FileSystemContentSource(Library), new BuildOptions { Today = TestBuild.Today }).ToFillIn);
    }

    [Fact]
    public void Site_yml_shows_every_setting_the_generator_reads_each_with_a_comment()
    {
        Init(Library);
        var lines = File.ReadAllLines(Path.Combine(Library, "site.yml"));

        foreach (var key in SiteConfigReader.Keys)
        {
            var at = Array.FindIndex(lines, line => line.StartsWith(key + ":", StringComparison.Ordinal));
            Assert.True(at >= 0, $"site.yml does not show '{key}'");
            Assert.True(at > 0 && lines[at - 1].StartsWith('#') || lines[at].Contains(" # ", StringComparison.Ordinal), $"'{key}' has no comment saying what it does");
        }
    }

    [Fact]
    public void The_pages_workflow_and_netlify_install_this_version_and_build_into_a_hidden_folder_that_publishes()
    {
        Init(Library);

        var workflow = new YamlStream();
        workflow.Load(new StringReader(File.ReadAllText(Path.Combine(Library, ".github/workflows/pages.yml"))));
        var jobs = (YamlMappingNode)((YamlMappingNode)workflow.Documents[0].RootNode)["jobs"];
        var steps = ((YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"]).Cast<YamlMappingNode>().ToList();
        string? Value(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var node) ? node.ToString() : null;
        var uses = steps.Select(step => Value(step, "uses")).OfType<string>().ToList();
        Assert.Contains("actions/configure-pages@v5", uses);
        Assert.Contains("actions/upload-pages-artifact@v3", uses);
        var runs = string.Join("\n", steps.Select(step => Value(step, "run")).OfType<string>());
        Assert.Contains($"dotnet tool install --global HealthLibrary --version {ToolVersion.Package}", runs, StringComparison.Ordinal);
        var buildLine = Regex.Match(runs, "healthlib build --input \\. --output (\\S+)");
        Assert.True(buildLine.Success, runs);
        var upload = steps.Single(step => Value(step, "uses") == "actions/upload-pages-artifact@v3");
        Assert.Equal(buildLine.Groups[1].Value, ((YamlMappingNode)upload["with"])["path"].ToString());
        var deploy = ((YamlSequenceNode)((YamlMappingNode)jobs["deploy"])["steps"]).Cast<YamlMappingNode>();
        Assert.Contains(deploy, step => Value(step, "uses") == "actions/deploy-pages@v4");

        var netlify = File.ReadAllText(Path.Combine(Library, "netlify.toml"));
        Assert.Contains("publish = \".site\"", netlify, StringComparison.Ordinal);
        Assert.Contains($"--version {ToolVersion.Package}", netlify, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", netlify, StringComparison.Ordinal);

        // What both run: a build into .site inside the library, twice (the second finds nothing changed). The files
        // are dated as a checkout's are: a build never records files written within its clock's slack as unchanged.
        foreach (var file in Directory.EnumerateFiles(Library, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-5));
        }

        var site = Path.Combine(Library, ".site");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(ExitCode.Success, BuildCommand.Run(Library, site, new BuildOptions { Today = TestBuild.Today, BaseUrl = "https://someone.github.io/my-library", Precompress = false }, Reporter));
        }

        Assert.Contains("nothing had changed", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("https://someone.github.io/my-library/topics/hay-fever/", File.ReadAllText(Path.Combine(site, "sitemap.xml")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site, "site.yml")));
    }

    [Fact]
    public void An_output_folder_inside_the_library_is_still_refused_unless_it_is_hidden()
    {
        Init(Library);

        Assert.Equal(ExitCode.UsageOrIo, BuildCommand.Run(Library, Path.Combine(Library, "public"), new BuildOptions { Today = TestBuild.Today }, Reporter));

        Assert.Contains("is inside the input folder", _err.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Library, "public")));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData(".git/HEAD")]
    public void Refuses_a_folder_that_is_not_empty_and_leaves_it_as_it_was(string existing)
    {
        var path = Path.Combine(Library, existing);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "mine");

        Assert.Equal(ExitCode.UsageOrIo, Init(Library));

        Assert.Contains($"the folder {Library} is not empty (it holds {existing.Split('/')[0]})", _err.ToString(), StringComparison.Ordinal);
        Assert.Equal([path], Directory.EnumerateFiles(Library, "*", SearchOption.AllDirectories));
        Assert.Equal("mine", File.ReadAllText(path));
    }

    [Fact]
    public void Writes_into_an_empty_folder_that_exists()
    {
        Directory.CreateDirectory(Library);

        Assert.Equal(ExitCode.Success, Init(Library));

        Assert.True(File.Exists(Path.Combine(Library, "site.yml")));
    }
}
