using HealthLibrary.Cli;
using HealthLibrary.Configuration;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary>
/// A build with nothing changed only repeats its report, and every other build still writes what a clean build
/// writes: a changed input, changed options or a touched output all lead to a real build.
/// </summary>
public sealed class RebuildTests : IDisposable
{
    private const string NothingChanged = "; nothing had changed";

    private readonly SiteFolder _site = new(Sites.Small);
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => _site.Dispose();

    private string Output => _site.Path("output");

    /// <summary>Builds with the theme site.yml names, found on disk as a user's build finds it; returns what it printed.</summary>
    private string Build(string? output = null, BuildOptions? options = null)
    {
        // A file saved moments before a build might have been saved during it, and the build would not be remembered.
        Thread.Sleep(50);
        _out.GetStringBuilder().Clear();
        _err.GetStringBuilder().Clear();
        var reporter = new ConsoleReporter(ConsoleReporter.Create(_out, true), ConsoleReporter.Create(_err, true), _err);
        var exit = BuildCommand.Run(_site.Input, output ?? Output, options ?? new BuildOptions { Today = new DateOnly(2026, 11, 21) }, reporter);
        Assert.True(exit == ExitCode.Success, _out.ToString() + _err.ToString());
        return _out.ToString();
    }

    /// <summary>What a build into a folder that never held a site writes.</summary>
    private SortedDictionary<string, string> CleanBuild(BuildOptions? options = null)
    {
        var clean = _site.Path("clean-" + Guid.NewGuid().ToString("N"));
        Assert.DoesNotContain(NothingChanged, Build(clean, options));
        return FolderSnapshot.Of(clean);
    }

    [Fact]
    public void A_build_with_nothing_changed_repeats_the_report_and_leaves_the_output_as_a_clean_build_wrote_it()
    {
        _site.Write("input/topics/alpha.md", _site.Read("input/topics/alpha.md") + "\nA [risky link](javascript:void(0)).\n");
        var first = Build();
        Assert.DoesNotContain(NothingChanged, first);
        var before = FolderSnapshot.Of(Output);
        var warnings = _err.ToString();
        Assert.Contains("warning", warnings);

        var second = Build();

        Assert.Contains(NothingChanged, second);
        Assert.Matches(@"^Built \d+ pages \(3 topics\), 1 warning in \d+\.\d\d s into .+; nothing had changed\s*$", second);
        Assert.Equal(warnings, _err.ToString());
        Assert.Equal(before, FolderSnapshot.Of(Output));
        Assert.Equal(CleanBuild(), before);
    }

    [Fact]
    public void A_changed_topic_is_built_and_the_output_equals_a_clean_build()
    {
        Build();
        _site.Write("input/topics/alpha.md", _site.Read("input/topics/alpha.md").Replace("title: Alpha", "title: Alpha Renamed"));

        var printed = Build();

        Assert.DoesNotContain(NothingChanged, printed);
        Assert.Contains("Alpha Renamed", File.ReadAllText(Path.Combine(Output, "topics", "alpha", "index.html")));
        Assert.Equal(CleanBuild(), FolderSnapshot.Of(Output));
    }

    [Fact]
    public void Other_options_make_a_real_build()
    {
        Build();

        var split = new BuildOptions { Today = new DateOnly(2026, 11, 21), SearchSplit = SearchSplitMode.Always };
        Assert.DoesNotContain(NothingChanged, Build(options: split));
        Assert.Contains(NothingChanged, Build(options: split));
        Assert.Equal(CleanBuild(split), FolderSnapshot.Of(Output));

        Assert.DoesNotContain(NothingChanged, Build(options: new BuildOptions { Today = new DateOnly(2026, 11, 22) }));
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("deleted")]
    [InlineData("added")]
    public void An_output_touched_since_the_last_build_is_built_again(string change)
    {
        Build();
        var page = Path.Combine(Output, "topics", "alpha", "index.html");
        switch (change)
        {
            case "edited":
                // Same length, so only the time of writing tells.
                var text = File.ReadAllText(page);
                File.WriteAllText(page, text.Replace("<html", "<HTML"));
                File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddSeconds(5));
                break;
            case "deleted":
                File.Delete(page);
                break;
            case "added":
                File.WriteAllText(Path.Combine(Output, "stray.html"), "not ours");
                break;
        }

        var printed = Build();

        Assert.DoesNotContain(NothingChanged, printed);
        Assert.Equal(CleanBuild(), FolderSnapshot.Of(Output));
    }

    [Fact]
    public void A_changed_theme_file_makes_a_real_build()
    {
        var theme = _site.Path("input/themes/default");
        CopyFolder(Repository.DefaultTheme, theme);
        Build();

        File.AppendAllText(Path.Combine(theme, "assets", "site.css"), "\n.changed{margin:1px}\n");

        Assert.DoesNotContain(NothingChanged, Build());
        Assert.Contains(".changed{margin:1px}", File.ReadAllText(Path.Combine(Output, "assets", "site.css")));
    }

    [Fact]
    public void A_build_that_read_a_file_saved_during_it_is_not_taken_as_up_to_date()
    {
        // As if the writer saved it while the build ran: the build cannot tell which version it read.
        File.SetLastWriteTimeUtc(_site.Path("input/topics/alpha.md"), DateTime.UtcNow.AddMinutes(1));

        Assert.DoesNotContain(NothingChanged, Build());
        Assert.DoesNotContain(NothingChanged, Build());
    }

    [Fact]
    public void No_build_record_is_published_with_the_site()
    {
        Build();

        Assert.DoesNotContain(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories), file => file.Contains("cache", StringComparison.OrdinalIgnoreCase));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
