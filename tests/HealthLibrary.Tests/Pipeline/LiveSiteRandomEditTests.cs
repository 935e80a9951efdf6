using System.Globalization;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Pipeline;

/// <summary>
/// serve's model updates against the oracle of a whole build: a seeded run of random edits (titles, risks, categories,
/// tags, synonyms, orders, codes, authors, related topics, bodies, topics added and removed, sometimes two files at
/// once), each followed by a comparison of every file with a clean build of the same input, byte for byte.
/// </summary>
public sealed class LiveSiteRandomEditTests : IDisposable
{
    private static readonly string[] Titles = ["Anxiety", "anxiety", "Back pain", "Zinc", "Acne", "Migraine", "Ketamine", "Sleep", "Asthma", "Gout", "Eczema", "Depression"];
    private static readonly string[] Risks = ["low", "moderate", "high"];
    private static readonly string[] Tags = ["Sleep", "sleep", "Pain", "Mood", "Heart", "Blood pressure", "Skin"];
    private static readonly string[] Synonyms = ["Spravato", "PTSD", "Low mood", "Hay fever", "Zinc"];
    private static readonly string[] Codes = ["F33.2", "G43", "F41.1", "L20"];
    private static readonly string[] Authors = ["ana-lima", "ben-okafor"];

    private readonly SiteFolder _site = new("");
    private readonly Dictionary<string, TopicText> _topics = new(StringComparer.Ordinal);
    private Random _random = new(0);

    public void Dispose() => _site.Dispose();

    /// <summary>A topic's front matter and body as the test last wrote them.</summary>
    private sealed record TopicText(string Title, string Risk, string Category, string[] Tags, string[] Synonyms, int? Order, string[] Codes, string Author, string[] Related, string Body);

    [Theory]
    [InlineData(1, true, "category")]
    [InlineData(2, false, "library")]
    [InlineData(3, true, "library")]
    public void Every_random_edit_leaves_the_site_a_whole_build_would_write(int seed, bool listedCategories, string scope)
    {
        _random = new Random(seed);
        var categories = listedCategories ? ["Treatments", "Conditions", "Medicines"] : new[] { "Treatments", "Conditions", "Medicines", "Wellbeing" };
        _site.Write("input/site.yml", SiteYaml(listedCategories ? categories : null, scope));
        _site.Write("input/authors.yml", "ana-lima:\n  name: Ana Lima\nben-okafor:\n  name: Ben Okafor\n");
        _site.Write("input/pages/about.md", "---\ntitle: About\nsummary: About us.\n---\nSee [the first topic](../topics/t01.md).\n");
        for (var i = 1; i <= 10; i++)
        {
            Save($"topics/t{i:00}.md", RandomTopic($"t{i:00}", categories));
        }

        var live = new LiveSite(new FileSystemContentSource(_site.Input), LiveSiteAssert.Options);
        Assert.True(live.Rebuild(SiteChanges.All).Succeeded);
        var added = new List<string>();
        for (var step = 0; step < 40; step++)
        {
            var edited = new List<string>();
            var (kind, moved) = Edit(categories, added, edited);
            if (_random.Next(6) == 0 && kind != "remove" && kind != "add")
            {
                Edit(categories, added, edited, allowMoves: false);
                kind += " and another";
            }

            var result = live.Rebuild(new SiteChanges(edited, FilesMoved: moved));

            var what = $"step {step} ({kind}: {string.Join(", ", edited)})";
            Assert.True(result.Succeeded, what + ": " + string.Join("\n", result.Diagnostics));
            // Only a removal may need the whole model: every other edit is made by updating the last one.
            Assert.True(kind.StartsWith("remove", StringComparison.Ordinal) || result.Updated, what + " built the model whole");
            LiveSiteAssert.SameAsWholeBuild(_site.Input, result.Snapshot!, what);
        }
    }

    /// <summary>One random edit, saved; returns its kind and whether a file was added or removed.</summary>
    private (string Kind, bool Moved) Edit(string[] categories, List<string> added, List<string> edited, bool allowMoves = true)
    {
        var roll = _random.Next(allowMoves ? 14 : 12);
        if (roll >= 12 && added.Count > 0 && _random.Next(2) == 0)
        {
            var gone = added[_random.Next(added.Count)];
            added.Remove(gone);
            _topics.Remove(gone);
            File.Delete(_site.Path("input/" + gone));
            edited.Add(gone);
            return ("remove", true);
        }

        if (roll >= 12)
        {
            var path = $"topics/new-{_topics.Count:00}-{_random.Next(1000)}.md";
            Save(path, RandomTopic(Path.GetFileNameWithoutExtension(path), categories));
            added.Add(path);
            edited.Add(path);
            return ("add", true);
        }

        var file = _topics.Keys.Where(key => !edited.Contains(key)).OrderBy(key => key, StringComparer.Ordinal).ElementAt(_random.Next(_topics.Count - edited.Count));
        var topic = _topics[file];
        var slug = Path.GetFileNameWithoutExtension(file);
        var (kind, changed) = roll switch
        {
            0 => ("title", topic with { Title = Pick(Titles) + (_random.Next(2) == 0 ? "" : " " + _random.Next(10)) }),
            1 => ("risk", topic with { Risk = Pick(Risks) }),
            2 => ("category", topic with { Category = Pick(categories) }),
            3 => ("tags", topic with { Tags = Some(Tags, 3) }),
            4 => ("synonyms", topic with { Synonyms = Some(Synonyms, 2) }),
            5 => ("order", topic with { Order = _random.Next(3) == 0 ? null : _random.Next(1, 4) }),
            6 => ("codes", topic with { Codes = Some(Codes, 2) }),
            7 => ("author", topic with { Author = Pick(Authors) }),
            8 => ("related", topic with { Related = Some(BaseSlugs.Where(other => other != slug).ToArray(), 2) }),
            9 => ("title and order", topic with { Title = Pick(Titles), Order = _random.Next(1, 4) }),
            _ => ("body", topic with { Body = RandomBody() }),
        };
        Save(file, changed);
        edited.Add(file);
        return (kind, false);
    }

    private static readonly string[] BaseSlugs = [.. Enumerable.Range(1, 10).Select(i => $"t{i:00}")];

    private TopicText RandomTopic(string slug, string[] categories) => new(
        Pick(Titles), Pick(Risks), Pick(categories), Some(Tags, 3), Some(Synonyms, 1), _random.Next(3) == 0 ? null : _random.Next(1, 4),
        Some(Codes, 1), Pick(Authors), Some(BaseSlugs.Where(other => other != slug).ToArray(), 2), RandomBody());

    private string RandomBody()
    {
        var target = Pick(BaseSlugs);
        return $"## About\n\nRead [more]({target}.md) and {_random.Next(1000)} words.\n";
    }

    private void Save(string path, TopicText topic)
    {
        _topics[path] = topic;
        static string List(string[] values) => "[" + string.Join(", ", values) + "]";
        var text = $"---\ntitle: {topic.Title}\nsummary: The topic called {topic.Title}.\nrisk: {topic.Risk}\ncategory: {topic.Category}\n"
            + $"tags: {List(topic.Tags)}\nsynonyms: {List(topic.Synonyms)}\nauthor: {topic.Author}\nrelated: {List(topic.Related)}\n"
            + (topic.Order is { } order ? $"order: {order.ToString(CultureInfo.InvariantCulture)}\n" : "")
            + (topic.Codes.Length == 0 ? "" : "codes:\n" + string.Concat(topic.Codes.Select(code => $"  - {{ system: icd10cm, code: {code} }}\n")))
            + "---\n" + topic.Body;
        _site.Write("input/" + path, text);
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private string[] Some(string[] values, int most) => [.. values.OrderBy(_ => _random.Next()).Take(_random.Next(most + 1))];

    private static string SiteYaml(string[]? categories, string scope) => $"""
        title: Test Library
        description: A library for tests.
        base_url: https://example.org/
        navigation:
          scope: {scope}
        risk_levels:
          - id: low
            label: Low risk
            description: Side effects are uncommon.
          - id: moderate
            label: Moderate risk
            description: Needs supervision.
          - id: high
            label: High risk
            description: Serious harms are possible.
        {(categories is null ? "" : "categories: [" + string.Join(", ", categories) + "]")}
        disclaimers:
          medical:
            title: Not medical advice
            text: General information only.
        default_disclaimers: [medical]

        """;
}
