using System.Text.Json;
using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Content.Citations;
using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>
/// schema.org JSON-LD for a page: a BreadcrumbList everywhere, a MedicalWebPage for topics, a WebSite on the home page. The JSON
/// sits in a script element, so every '&lt;', '&gt;' and '&amp;' is escaped and a '&lt;/script&gt;' in a title stays text.
/// </summary>
public static class StructuredData
{
    /// <summary>
    /// Each thread's buffer and writer, kept from page to page, so no page grows a buffer afresh or copies its stream.
    /// </summary>
    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? t_writer;

    /// <param name="home">The home page, which also describes the site: a WebSite with its search (Google's sitelinks search box).</param>
    public static string Write(SiteModel site, IReadOnlyList<(string Title, string Url)> breadcrumbs, Topic? topic, bool home = false)
    {
        var (buffer, json) = t_writer ??= NewWriter();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteStartArray("@graph");
        if (topic is not null)
        {
            MedicalWebPage(json, site, topic);
        }

        if (home)
        {
            WebSite(json, site);
        }

        json.WriteStartObject();
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < breadcrumbs.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", breadcrumbs[i].Title);
            json.WriteString("item", site.Urls.Absolute(breadcrumbs[i].Url));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        json.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static (System.Buffers.ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer));
    }

    private static void MedicalWebPage(Utf8JsonWriter json, SiteModel site, Topic topic)
    {
        var urls = site.Urls;
        json.WriteStartObject();
        json.WriteString("@type", "MedicalWebPage");
        json.WriteString("name", topic.Title);
        json.WriteString("description", topic.Summary);
        json.WriteString("url", urls.Absolute(urls.Topic(topic.Slug)));
        json.WriteString("inLanguage", site.Config.Language);
        json.WriteStartObject("about");
        // schema.org gives codes to medical entities only, so a topic with codes is about one.
        json.WriteString("@type", topic.Codes.Count > 0 ? "MedicalEntity" : "Thing");
        json.WriteString("name", topic.Title);
        if (topic.Synonyms.Count > 0)
        {
            json.WriteStartArray("alternateName");
            topic.Synonyms.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        if (topic.Codes.Count > 0)
        {
            json.WriteStartArray("code");
            foreach (var code in topic.Codes)
            {
                json.WriteStartObject();
                json.WriteString("@type", "MedicalCode");
                json.WriteString("codeValue", code.Code);
                json.WriteString("codingSystem", code.System.Name);
                if (code.Display is { } display)
                {
                    json.WriteString("name", display);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        Date(json, "datePublished", topic.Published);
        Date(json, "dateModified", topic.Updated ?? topic.LastReviewed ?? topic.Published);
        Date(json, "lastReviewed", topic.LastReviewed);
        Person(json, "author", site, topic.AuthorId);
        Person(json, "reviewedBy", site, topic.ReviewerId);
        if (topic.References.Count > 0)
        {
            json.WriteStartArray("citation");
            topic.References.ToList().ForEach(reference => Citation(json, reference));
            json.WriteEndArray();
        }

        Publisher(json, site);
        json.WriteStartObject("isPartOf");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", site.Config.Title);
        json.WriteString("url", urls.Absolute(urls.Home));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A reference as a ScholarlyArticle, Book or WebPage, with the DOI's and PubMed's addresses as sameAs.</summary>
    private static void Citation(Utf8JsonWriter json, Reference reference)
    {
        json.WriteStartObject();
        json.WriteString("@type", reference.Type switch
        {
            ReferenceType.Article => "ScholarlyArticle",
            ReferenceType.Book => "Book",
            _ => "WebPage",
        });
        json.WriteString("name", reference.Title);
        if (reference.People.Any())
        {
            json.WriteStartArray("author");
            foreach (var author in reference.People)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Person");
                json.WriteString("name", author);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (reference.Journal is { } journal)
        {
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "Periodical");
            json.WriteString("name", journal);
            json.WriteEndObject();
        }

        if (reference.Publisher is { } publisher)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", publisher);
            json.WriteEndObject();
        }

        if (reference.Year is { } year)
        {
            json.WriteString("datePublished", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (reference.PrimaryUrl is { } url)
        {
            json.WriteString("url", url);
        }

        if (reference.Doi is not null || reference.Pmid is not null)
        {
            json.WriteStartArray("sameAs");
            if (reference.Doi is { } doi)
            {
                json.WriteStringValue(Reference.DoiUrl(doi));
            }

            if (reference.Pmid is { } pmid)
            {
                json.WriteStringValue(Reference.PubMedUrl(pmid));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WebSite(Utf8JsonWriter json, SiteModel site)
    {
        var urls = site.Urls;
        json.WriteStartObject();
        json.WriteString("@type", "WebSite");
        json.WriteString("name", site.Config.Title);
        json.WriteString("description", site.Config.Description);
        json.WriteString("url", urls.Absolute(urls.Home));
        json.WriteString("inLanguage", site.Config.Language);
        Publisher(json, site);
        json.WriteStartObject("potentialAction");
        json.WriteString("@type", "SearchAction");
        json.WriteStartObject("target");
        json.WriteString("@type", "EntryPoint");
        json.WriteString("urlTemplate", urls.Absolute(urls.Search) + "?q={search_term_string}");
        json.WriteEndObject();
        json.WriteString("query-input", "required name=search_term_string");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The Organization site.yml names as publisher, with the site's touch icon as its logo when there is one.</summary>
    private static void Publisher(Utf8JsonWriter json, SiteModel site)
    {
        json.WriteStartObject("publisher");
        json.WriteString("@type", "Organization");
        json.WriteString("name", site.Config.Publisher.Name);
        json.WriteString("url", site.Config.Publisher.Url.AbsoluteUri);
        if (site.Config.Icon is not null)
        {
            json.WriteString("logo", site.Urls.Absolute(site.Urls.TouchIcon));
        }

        json.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (PageViews.Iso(date) is { } iso)
        {
            json.WriteString(name, iso);
        }
    }

    private static void Person(Utf8JsonWriter json, string name, SiteModel site, string? id)
    {
        if (id is null || !site.Authors.TryGetValue(id, out Author? author))
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("@type", "Person");
        json.WriteString("name", author.Name);
        json.WriteString("url", site.Urls.Absolute(site.Urls.Author(author.Id)));
        if (author.Credentials is { } credentials)
        {
            json.WriteString("jobTitle", credentials);
        }

        json.WriteEndObject();
    }
}
