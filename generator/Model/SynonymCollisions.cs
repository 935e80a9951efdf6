using HealthLibrary.Content;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Model;

/// <summary>
/// Warns about a synonym that is another topic's title, slug or synonym, in any case: two pages claiming "PTSD" would
/// send A to Z readers to whichever sorted first.
/// </summary>
public static class SynonymCollisions
{
    private sealed record Claim(Topic Topic, string Name, string What, SourceLocation Location)
    {
        public bool IsSynonym => What == "a synonym";
    }

    public static void Check(IEnumerable<Topic> topics, DiagnosticBag diagnostics)
    {
        var names = new Dictionary<string, List<Claim>>(StringComparer.OrdinalIgnoreCase);
        void Add(Claim claim)
        {
            var key = claim.Name.Trim();
            if (!names.TryGetValue(key, out var list))
            {
                names[key] = list = [];
            }

            list.Add(claim);
        }

        foreach (var topic in topics.Where(topic => !topic.Draft))
        {
            Add(new Claim(topic, topic.Title, "the title", topic.TitleLocation));
            Add(new Claim(topic, topic.Slug, "the slug", topic.SlugLocation));
            for (var i = 0; i < topic.Synonyms.Count; i++)
            {
                Add(new Claim(topic, topic.Synonyms[i], "a synonym", i < topic.SynonymLocations.Count ? topic.SynonymLocations[i] : topic.TitleLocation));
            }
        }

        foreach (var claims in names.Values.Where(list => list.Count > 1 && list.Exists(claim => claim.IsSynonym)))
        {
            // A synonym is reported against a title or slug, or against the same synonym in a file before its own, so each clash is reported once.
            var ordered = claims.OrderBy(claim => claim.IsSynonym).ThenBy(claim => claim.Topic.DisplayPath, StringComparer.Ordinal).ToList();
            foreach (var claim in claims.Where(claim => claim.IsSynonym))
            {
                var other = ordered.FirstOrDefault(o => !ReferenceEquals(o.Topic, claim.Topic)
                    && (!o.IsSynonym || string.CompareOrdinal(o.Topic.DisplayPath, claim.Topic.DisplayPath) < 0));
                if (other is null)
                {
                    continue;
                }

                diagnostics.Warning(
                    DiagnosticCode.SharedName,
                    claim.Location,
                    $"synonym '{claim.Name}' is also {other.What} of {other.Location.File}:{other.Location.Line} ({other.Topic.Title}); readers looking it up could land on either",
                    "keep it on the topic it names best, or make it say which one it means");
            }
        }
    }
}
