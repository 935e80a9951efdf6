using HealthLibrary.Content;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Review;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Pipeline;

/// <summary>The library in input/ itself: it builds cleanly, its navigation is consistent and no internal link is dead.</summary>
public sealed class SampleLibraryTests
{
    private static readonly Lazy<TestBuild> Sample = new(() => TestBuild.Run(new FileSystemContentSource(Repository.Input, "input")));

    [Fact]
    public void The_sample_library_builds_without_errors()
    {
        var build = Sample.Value.AssertSucceeded();

        Assert.True(build.Output.Files.Keys.Count(path => path.StartsWith("topics/", StringComparison.Ordinal) && path.EndsWith("/index.html", StringComparison.Ordinal)) >= 12);
        Assert.True(build.Output.Files.ContainsKey("about/index.html"));
        Assert.True(build.Output.Files.ContainsKey("editorial-policy/index.html"));
    }

    [Fact]
    public void The_sample_library_passes_check_strict_and_reads_within_its_max_grade()
    {
        var report = SiteGenerator.Check(new FileSystemContentSource(Repository.Input, "input"), new BuildOptions { Today = TestBuild.Today, Strict = true, Theme = new FileSystemContentSource(Repository.DefaultTheme) });

        Assert.True(report.Errors == 0 && report.Warnings == 0, string.Join("\n", report.Diagnostics));
        Assert.True(report.Topics >= 24, $"{report.Topics} topics");
        Assert.NotNull(report.MaxGrade);
        var grades = report.Readability.Select(topic => topic.Figures.FleschKincaidGrade).Order().ToList();
        Assert.All(report.Readability, topic => Assert.True(topic.Figures.FleschKincaidGrade <= report.MaxGrade, $"{topic.File} reads at grade {topic.Figures.FleschKincaidGrade:0.0}"));
        var median = grades.Count % 2 == 1 ? grades[grades.Count / 2] : (grades[(grades.Count / 2) - 1] + grades[grades.Count / 2]) / 2;
        Assert.True(median <= 8, $"the median grade is {median:0.0}");
    }

    [Fact]
    public void Every_high_risk_topic_shows_where_to_get_help_before_its_first_section()
    {
        var build = Sample.Value.AssertSucceeded();
        var highRisk = build.Output.Files.Keys
            .Where(path => path.StartsWith("topics/", StringComparison.Ordinal) && path.EndsWith("/index.html", StringComparison.Ordinal))
            .Where(path => build.Document(path).QuerySelector("[data-risk='high']") is not null)
            .ToList();

        Assert.NotEmpty(highRisk);
        foreach (var path in highRisk)
        {
            var page = build.Document(path);
            var box = page.QuerySelector("[data-urgent-help]");
            Assert.True(box is not null, $"{path} has no urgent-help box");
            Assert.NotNull(box.QuerySelector("a[href^='tel:']"));
            var firstSection = page.QuerySelector(".topic__body h2");
            Assert.True(firstSection is null || box.CompareDocumentPosition(firstSection).HasFlag(AngleSharp.Dom.DocumentPositions.Following), $"{path}: the box comes after the first section");
        }

        var services = build.Document("get-help/index.html").QuerySelectorAll(".help-service__name").Select(name => name.TextContent).ToList();
        Assert.Contains(services, name => name.Contains("Samaritans", StringComparison.Ordinal));
        Assert.Contains(services, name => name.Contains("988", StringComparison.Ordinal));
    }

    [Fact]
    public void Previous_and_next_agree_in_both_directions_and_stay_in_one_category()
    {
        var (site, result) = SiteGenerator.Load(new FileSystemContentSource(Repository.Input, "input"), new BuildOptions { Today = TestBuild.Today, Theme = new FileSystemContentSource(Repository.DefaultTheme) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var model = site!.Model;

        foreach (var category in model.Categories.Where(c => c.Topics.Count > 0))
        {
            Assert.Null(model.NeighboursOf(category.Topics[0]).Previous);
            Assert.Null(model.NeighboursOf(category.Topics[^1]).Next);
        }

        foreach (var topic in model.Topics)
        {
            var (previous, next) = model.NeighboursOf(topic);
            if (next is not null)
            {
                Assert.Same(topic, model.NeighboursOf(next).Previous);
                Assert.Equal(topic.Category, next.Category);
            }

            if (previous is not null)
            {
                Assert.Same(topic, model.NeighboursOf(previous).Next);
                Assert.Equal(topic.Category, previous.Category);
            }
        }

        // The built pages say the same as the model.
        var build = Sample.Value;
        foreach (var topic in model.Topics)
        {
            var page = build.Document(model.Urls.OutputPath(model.Urls.Topic(topic.Slug)));
            var (previous, next) = model.NeighboursOf(topic);
            Assert.Equal(previous is null ? null : model.Urls.Topic(previous.Slug), page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(next is null ? null : model.Urls.Topic(next.Slug), page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_internal_href_and_src_resolves_to_a_file_in_the_output()
    {
        var build = Sample.Value.AssertSucceeded();
        var dead = new List<string>();
        foreach (var path in build.Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = build.Document(path);
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal) || url.StartsWith("sms:", StringComparison.Ordinal))
                {
                    continue;
                }

                var (target, fragment) = Resolve(path, url);
                if (!build.Output.Files.ContainsKey(target))
                {
                    dead.Add($"{path}: {url} (no {target})");
                }
                else if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal)
                    && build.Document(target).GetElementById(Uri.UnescapeDataString(fragment)) is null)
                {
                    dead.Add($"{path}: {url} (no #{fragment} in {target})");
                }
            }
        }

        Assert.True(dead.Count == 0, "dead internal links:\n" + string.Join("\n", dead));
    }

    [Fact]
    public void The_draft_in_the_sample_library_leaks_into_no_file()
    {
        var build = Sample.Value.AssertSucceeded();
        var draft = File.ReadAllText(Path.Combine(Repository.Input, "topics", "treatments", "ketamine-for-anxiety.md"));
        Assert.Contains("draft: true", draft);

        foreach (var (path, bytes) in build.Output.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("DRAFT-ONLY-PHRASE-zebra", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ketamine-for-anxiety", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ketamine-for-anxiety", path, StringComparison.Ordinal);
        }
    }

    /// <summary>An address as the browser would resolve it from a page, turned into an output path.</summary>
    private static (string Path, string? Fragment) Resolve(string page, string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[(hash + 1)..] : null;
        var address = hash >= 0 ? url[..hash] : url;
        var query = address.IndexOf('?');
        if (query >= 0)
        {
            address = address[..query];
        }

        if (address.Length == 0)
        {
            return (page, fragment);
        }

        var absolute = new Uri(new Uri("https://site.invalid/" + page), address).AbsolutePath.TrimStart('/');
        return (absolute.Length == 0 || absolute.EndsWith('/') ? absolute + "index.html" : Uri.UnescapeDataString(absolute), fragment);
    }
}
