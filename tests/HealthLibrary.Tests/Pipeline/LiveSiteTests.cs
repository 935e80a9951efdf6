using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Pipeline;

/// <summary>serve's incremental rebuilds against the oracle of a whole build: after every kind of change, every file is the same.</summary>
public sealed class LiveSiteTests : IDisposable
{
    private readonly SiteFolder _site = new(Sites.Small);

    public void Dispose() => _site.Dispose();

    private static BuildOptions Options => LiveSiteAssert.Options;

    public static TheoryData<string, string, string> Changes => new()
    {
        { "a body edit", "input/topics/alpha.md", "See [beta](beta.md#two) and [gamma](gamma.md)." + "|" + "See [beta](beta.md#two), [gamma](gamma.md) and a new sentence." },
        { "a title edit", "input/topics/beta.md", "title: Beta|title: Beta renamed" },
        { "a renamed heading", "input/topics/alpha.md", "## One|## First" },
        { "a new order", "input/topics/gamma.md", "category: Conditions|category: Treatments\norder: 1" },
        { "a new tag", "input/topics/gamma.md", "category: Conditions|category: Conditions\ntags: [sleep]" },
        { "a draft", "input/pages/about.md", "summary: About us.|summary: About us.\ndraft: true" },
        { "a heading others link to", "input/topics/beta.md", "## Two|## Two\n\n## Three" },
        { "a new risk label", "input/site.yml", "label: High risk|label: Very high risk" },
        { "a new author name", "input/authors.yml", "name: Ana Lima|name: Ana Lima-Souza" },
        { "a page edit", "input/pages/about.md", "Hello.|Hello, reader." },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void After_a_change_every_file_is_what_a_whole_build_writes(string change, string file, string edit)
    {
        var live = new LiveSite(new FileSystemContentSource(_site.Input), Options);
        Assert.True(live.Rebuild(SiteChanges.All).Succeeded);
        var (before, after) = (edit.Split('|')[0], edit.Split('|')[1]);
        Assert.Contains(before, _site.Read(file), StringComparison.Ordinal);

        _site.Write(file, _site.Read(file).Replace(before, after, StringComparison.Ordinal));
        var result = live.Rebuild(new SiteChanges([file["input/".Length..]], FilesMoved: false));

        Assert.True(result.Succeeded, change + ": " + string.Join("\n", result.Diagnostics));
        AssertSameAsWholeBuild(result.Snapshot!);
    }

    [Fact]
    public void Topics_added_and_removed_are_picked_up()
    {
        var live = new LiveSite(new FileSystemContentSource(_site.Input), Options);
        live.Rebuild(SiteChanges.All);

        _site.Write("input/topics/delta.md", "---\ntitle: Delta\nsummary: The fourth topic.\nrisk: low\ncategory: Conditions\n---\nNew.\n");
        AssertSameAsWholeBuild(live.Rebuild(new SiteChanges(["topics/delta.md"])).Snapshot!);

        File.Delete(_site.Path("input/topics/delta.md"));
        AssertSameAsWholeBuild(live.Rebuild(new SiteChanges(["topics/delta.md"])).Snapshot!);
    }

    [Fact]
    public void While_the_content_has_errors_the_last_good_snapshot_stays()
    {
        var live = new LiveSite(new FileSystemContentSource(_site.Input), Options);
        var good = live.Rebuild(SiteChanges.All).Snapshot;
        _site.Write("input/topics/alpha.md", _site.Read("input/topics/alpha.md").Replace("risk: low", "risk: medium", StringComparison.Ordinal));

        var failed = live.Rebuild(new SiteChanges(["topics/alpha.md"], FilesMoved: false));

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Code == "HL0105" && d.Line == 4 && d.Column == 7);
        Assert.Same(good, live.Current);
    }

    [Fact]
    public void A_body_edit_renders_the_one_page_and_keeps_every_other_file()
    {
        var live = new LiveSite(new FileSystemContentSource(_site.Input), Options);
        var first = live.Rebuild(SiteChanges.All).Snapshot!;
        _site.Write("input/topics/gamma.md", _site.Read("input/topics/gamma.md").Replace("Plain text.", "Plainer text.", StringComparison.Ordinal));

        var result = live.Rebuild(new SiteChanges(["topics/gamma.md"], FilesMoved: false));

        // The edited page, and the search index, which holds every body's words.
        Assert.Equal(1 + LiveSite.SearchFilePaths.Length, result.Changed);
        Assert.Equal(1, result.Rendered);
        foreach (var (path, page) in result.Snapshot!.Files.Where(file => file.Key != "topics/gamma/index.html" && !LiveSite.SearchFilePaths.Contains(file.Key)))
        {
            Assert.Same(first.Find(path), page);
        }
    }

    private void AssertSameAsWholeBuild(LiveSnapshot snapshot) => LiveSiteAssert.SameAsWholeBuild(_site.Input, snapshot);
}
