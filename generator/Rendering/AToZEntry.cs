using HealthLibrary.Configuration;
using HealthLibrary.Content;

namespace HealthLibrary.Rendering;

/// <summary>One line of the A to Z: a topic under its title, or under a synonym that points to it.</summary>
public sealed record AToZEntry(string Title, string Letter, Topic Topic, bool IsSynonym)
{
    public static IReadOnlyList<AToZEntry> From(IEnumerable<Topic> topics)
    {
        var entries = new List<AToZEntry>();
        foreach (var topic in topics)
        {
            entries.Add(new AToZEntry(topic.Title, LetterOf(topic.Title), topic, false));
            foreach (var synonym in topic.Synonyms.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!string.Equals(synonym, topic.Title, StringComparison.OrdinalIgnoreCase))
                {
                    entries.Add(new AToZEntry(synonym, LetterOf(synonym), topic, true));
                }
            }
        }

        return entries
            .OrderBy(entry => entry.Letter == "#" ? 1 : 0)
            .ThenBy(entry => entry.Letter, StringComparer.Ordinal)
            .ThenBy(entry => entry.Title, Comparer<string>.Create(Model.TopicOrdering.CompareTitles))
            .ThenBy(entry => entry.IsSynonym)
            .ThenBy(entry => entry.Topic.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The A to Z heading a title goes under: its first letter without accents, or # for anything else.</summary>
    public static string LetterOf(string title)
    {
        var slug = Slugs.FromName(title);
        return slug.Length > 0 && slug[0] is >= 'a' and <= 'z' ? char.ToUpperInvariant(slug[0]).ToString() : "#";
    }
}
