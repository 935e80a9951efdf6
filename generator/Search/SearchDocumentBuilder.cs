using System.Globalization;
using HealthLibrary.Content;
using HealthLibrary.Model;

namespace HealthLibrary.Search;

/// <summary>
/// Stage 4, first half: one search document per published topic and page, in site order (topics, then pages).
/// Drafts are never here. A document's ref is its position in that order: refs are written once per posting, so
/// short numbers weigh least on every term of the index.
/// </summary>
public static class SearchDocumentBuilder
{
    /// <summary>Every document at once (serve and the benchmarks; a build makes each beside its page instead).</summary>
    public static IReadOnlyList<SearchDocument> Build(SiteModel site) => [.. Subjects(site).Select((subject, position) => Of(site, subject, position))];

    /// <summary>What the documents are made of, in their order: every topic, then every page.</summary>
    public static IEnumerable<WrittenPage> Subjects(SiteModel site) => site.Topics.Cast<WrittenPage>().Concat(site.Pages);

    /// <summary>The document of a topic or page at <paramref name="position"/> in <see cref="Subjects"/>.</summary>
    public static SearchDocument Of(SiteModel site, WrittenPage subject, int position) => subject switch
    {
        Topic topic => Of(site, topic, position),
        Page page => Of(site, page, position),
        _ => throw new ArgumentException($"a {subject.GetType().Name} has no search document", nameof(subject)),
    };

    /// <summary>The document of the topic at <paramref name="position"/> in <see cref="SiteModel.Topics"/>.</summary>
    public static SearchDocument Of(SiteModel site, Topic topic, int position)
    {
        var risk = site.RiskOf(topic);
        var id = position.ToString(CultureInfo.InvariantCulture);
        return new SearchDocument(
            id,
            Fields(
                id,
                topic.Title,
                string.Join(". ", topic.Synonyms),
                string.Join(". ", topic.Tags),
                topic.Summary,
                Headings(topic.Body),
                string.Join(". ", topic.HealthRisks),
                PlainText.Of(topic.Body.Document),
                topic.Category,
                risk.Label),
            new SearchResult(topic.Title, site.Urls.Topic(topic.Slug), topic.Summary, risk.Id, risk.Label, topic.Category));
    }

    /// <summary>The document of a page, whose position comes after every topic's.</summary>
    public static SearchDocument Of(SiteModel site, Page page, int position)
    {
        var id = position.ToString(CultureInfo.InvariantCulture);
        return new SearchDocument(
            id,
            Fields(id, page.Title, null, null, page.Summary, Headings(page.Body), null, PlainText.Of(page.Body.Document), null, null),
            new SearchResult(page.Title, site.Urls.Page(page.Slug), page.Summary ?? "", null, null, null));
    }

    private static string Headings(MarkdownBody body) => string.Join(". ", body.Headings.Select(heading => heading.Text));

    private static Dictionary<string, object?> Fields(string id, params string?[] values)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal) { [SearchFields.Ref] = id };
        for (var i = 0; i < SearchFields.All.Count; i++)
        {
            fields[SearchFields.All[i].Name] = string.IsNullOrEmpty(values[i]) ? null : values[i];
        }

        return fields;
    }
}
