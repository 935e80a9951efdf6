using HealthLibrary.Content;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Pipeline;

/// <summary>
/// serve after an edit of each front-matter key the readers know, against a whole build: the cases come from the readers'
/// own key lists, so a new key without an edit here fails, and serve cannot show a stale page for it unnoticed.
/// </summary>
public sealed class FrontMatterStalenessTests : IDisposable
{
    /// <summary>A site where every key of a topic and of a page is written, so each can be changed in one place.</summary>
    private const string Site = """
        -- input/site.yml --
        title: Test Library
        description: A library for tests.
        base_url: https://example.org/
        risk_levels:
          - id: low
            label: Low risk
            description: Side effects are uncommon.
          - id: high
            label: High risk
            description: Serious harms are possible.
            disclaimers: [emergency]
        page_types:
          guide: { label: Guide }
          leaflet: { label: Leaflet }
        categories: [Treatments, Conditions]
        disclaimers:
          medical:
            title: Not medical advice
            text: General information only.
          supervision:
            title: Needs supervision
            text: Only with a clinician.
          emergency:
            title: In an emergency
            text: Call your local emergency number.
        default_disclaimers: [medical]
        urgent_help:
          title: Get help now
          intro: If someone is in danger now, call an emergency number.
          services:
            - name: Emergency services
              region: UK
              phone: "999"
              when: Your life, or someone else's, is at risk now.
        -- input/authors.yml --
        ana-lima:
          name: Ana Lima
          credentials: MD
        ben-ode:
          name: Ben Ode
          credentials: RN
        -- input/assets/first.png --
        first
        -- input/assets/second.png --
        second
        -- input/topics/alpha.md --
        ---
        title: Alpha
        summary: The first topic.
        risk: low
        category: Treatments
        tags: [sleep, rest]
        synonyms: [opening topic]
        health_risks: [Feeling sick]
        disclaimers: [supervision]
        author: ana-lima
        reviewed_by: ben-ode
        published: 2026-01-10
        updated: 2026-02-10
        last_reviewed: 2026-03-10
        order: 1
        related: [beta]
        references:
          - id: nhs-sleep
            type: web
            title: Sleep and tiredness
            publisher: NHS
            url: https://www.nhs.uk/live-well/sleep-and-tiredness/
            accessed: 2026-03-10
        aliases: [/old-alpha/]
        slug: alpha
        codes:
          - { system: icd10cm, code: F32, display: "Major depressive disorder, single episode" }
        urgent_help: false
        type: guide
        image: assets/first.png
        draft: false
        ---
        ## One

        See [beta](beta.md) and [gamma](gamma.md) [@nhs-sleep].
        -- input/topics/beta.md --
        ---
        title: Beta
        summary: The second topic.
        risk: high
        category: Treatments
        order: 2
        ---
        ## Two

        Back to the start.
        -- input/topics/gamma.md --
        ---
        title: Gamma
        summary: The third topic.
        risk: low
        category: Conditions
        order: 2
        ---
        Plain text.
        -- input/pages/about.md --
        ---
        title: About
        summary: About us.
        slug: about
        updated: 2026-02-10
        aliases: [/old-about/]
        image: assets/first.png
        draft: false
        ---
        Hello.
        """;

    /// <summary>One edit per topic key (in alpha.md): the text before and after.</summary>
    private static readonly Dictionary<string, (string Before, string After)> TopicEdits = new(StringComparer.Ordinal)
    {
        ["title"] = ("title: Alpha", "title: Alpha renamed"),
        ["summary"] = ("summary: The first topic.", "summary: The first topic, summed up again."),
        ["risk"] = ("risk: low\ncategory: Treatments", "risk: high\ncategory: Treatments"),
        ["category"] = ("category: Treatments\ntags", "category: Conditions\ntags"),
        ["tags"] = ("tags: [sleep, rest]", "tags: [sleep, calm]"),
        ["synonyms"] = ("synonyms: [opening topic]", "synonyms: [opening topic, first steps]"),
        ["health_risks"] = ("health_risks: [Feeling sick]", "health_risks: [Feeling sick, Headache]"),
        ["disclaimers"] = ("disclaimers: [supervision]", "disclaimers: [emergency]"),
        ["author"] = ("author: ana-lima", "author: ben-ode"),
        ["reviewed_by"] = ("reviewed_by: ben-ode", "reviewed_by: ana-lima"),
        ["published"] = ("published: 2026-01-10", "published: 2026-01-11"),
        ["updated"] = ("updated: 2026-02-10", "updated: 2026-02-11"),
        ["last_reviewed"] = ("last_reviewed: 2026-03-10", "last_reviewed: 2026-03-11"),
        ["order"] = ("order: 1", "order: 3"),
        ["related"] = ("related: [beta]", "related: [gamma]"),
        ["references"] = ("title: Sleep and tiredness", "title: Sleep, rest and tiredness"),
        ["aliases"] = ("aliases: [/old-alpha/]", "aliases: [/older-alpha/]"),
        ["draft"] = ("draft: false\n---\n## One", "draft: true\n---\n## One"),
        ["slug"] = ("slug: alpha", "slug: alpha-one"),
        ["codes"] = ("code: F32, display: \"Major depressive disorder, single episode\"", "code: F33, display: \"Major depressive disorder, recurrent\""),
        ["urgent_help"] = ("urgent_help: false", "urgent_help: true"),
        ["type"] = ("type: guide", "type: leaflet"),
        ["image"] = ("image: assets/first.png\ndraft: false\n---\n## One", "image: assets/second.png\ndraft: false\n---\n## One"),
    };

    /// <summary>One edit per page key (in about.md).</summary>
    private static readonly Dictionary<string, (string Before, string After)> PageEdits = new(StringComparer.Ordinal)
    {
        ["title"] = ("title: About", "title: About this library"),
        ["summary"] = ("summary: About us.", "summary: Who we are."),
        ["slug"] = ("slug: about", "slug: about-us"),
        ["updated"] = ("updated: 2026-02-10", "updated: 2026-02-11"),
        ["aliases"] = ("aliases: [/old-about/]", "aliases: [/older-about/]"),
        ["draft"] = ("draft: false", "draft: true"),
        ["image"] = ("image: assets/first.png", "image: assets/second.png"),
    };

    private readonly SiteFolder _site = new(Site);

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> TopicKeys => new(TopicReader.Keys);

    public static TheoryData<string> PageKeys => new(PageReader.Keys);

    [Theory]
    [MemberData(nameof(TopicKeys))]
    public void After_a_topic_key_changes_serve_has_what_a_whole_build_writes(string key)
    {
        Assert.True(TopicEdits.TryGetValue(key, out var edit), $"no edit of the topic key '{key}': add one to {nameof(TopicEdits)}, so serve is checked for it");
        AssertServeKeepsUp("input/topics/alpha.md", edit);
    }

    [Theory]
    [MemberData(nameof(PageKeys))]
    public void After_a_page_key_changes_serve_has_what_a_whole_build_writes(string key)
    {
        Assert.True(PageEdits.TryGetValue(key, out var edit), $"no edit of the page key '{key}': add one to {nameof(PageEdits)}, so serve is checked for it");
        AssertServeKeepsUp("input/pages/about.md", edit);
    }

    [Fact]
    public void Every_edit_is_of_a_key_the_readers_know()
    {
        // An edit left behind when a key is renamed would test a key no writer can use.
        Assert.Empty(TopicEdits.Keys.Except(TopicReader.Keys));
        Assert.Empty(PageEdits.Keys.Except(PageReader.Keys));
    }

    private void AssertServeKeepsUp(string file, (string Before, string After) edit)
    {
        var options = new BuildOptions { Today = TestBuild.Today, Theme = new FileSystemContentSource(Repository.DefaultTheme, "themes/default") };
        var live = new LiveSite(new FileSystemContentSource(_site.Input), options);
        var first = live.Rebuild(SiteChanges.All);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var before = first.Snapshot!.Files.Keys.ToDictionary(path => path, path => first.Snapshot.Find(path)!.Bytes, StringComparer.Ordinal);
        var text = _site.Read(file);
        Assert.Contains(edit.Before, text, StringComparison.Ordinal);

        _site.Write(file, text.Replace(edit.Before, edit.After, StringComparison.Ordinal));
        var result = live.Rebuild(new SiteChanges([file["input/".Length..]], FilesMoved: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var whole = TestBuild.Run(new FileSystemContentSource(_site.Input)).AssertSucceeded().Output.Files;
        var snapshot = result.Snapshot!;
        Assert.Equal(whole.Keys.Order(StringComparer.Ordinal), snapshot.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in whole)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(snapshot.Find(path)!.Bytes), $"{path} differs from a whole build after the edit");
        }

        // The edit shows somewhere in the site, or this case could not catch a stale page.
        Assert.Contains(whole, file => !before.TryGetValue(file.Key, out var old) || !old.AsSpan().SequenceEqual(file.Value));
    }
}
