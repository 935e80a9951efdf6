using System.Globalization;
using HealthLibrary.Model;

namespace HealthLibrary.Search;

/// <summary>Stage 4, first half: one search document per published topic and page, in site order. Drafts are never here.</summary>
public static class SearchDocumentBuilder
{
    /// <summary>Refs are short numbers: they are written once per posting, so they weigh on every term of the index.</summary>
    public static IReadOnlyList<SearchDocument> Build(SiteModel site)
    {
        var documents = new List<SearchDocument>(site.Topics.Count + site.Pages.Count);
        foreach (var topic in site.Topics)
        {
            var risk = site.RiskOf(topic);
            var id = documents.Count.ToString(CultureInfo.InvariantCulture);
            documents.Add(new SearchDocument(
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
                new SearchResult(topic.Title, site.Urls.Topic(topic.Slug), topic.Summary, risk.Id, risk.Label, topic.Category)));
        }

        foreach (var page in site.Pages)
        {
            var id = documents.Count.ToString(CultureInfo.InvariantCulture);
            documents.Add(new SearchDocument(
                id,
                Fields(id, page.Title, null, null, page.Summary, Headings(page.Body), null, PlainText.Of(page.Body.Document), null, null),
                new SearchResult(page.Title, site.Urls.Page(page.Slug), page.Summary ?? "", null, null, null)));
        }

        return documents;
    }

    private static string Headings(Content.MarkdownBody body) => string.Join(". ", body.Headings.Select(heading => heading.Text));

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
