using System.Globalization;
using System.Text;
using System.Xml;
using HealthLibrary.Content;
using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>
/// /feed.xml: the newest and most recently re-reviewed topics as an Atom feed. Its dates come from the
/// topics, never from the clock, so the same library gives the same feed.
/// </summary>
public static class AtomFeedWriter
{
    private const int Entries = 50;

    public static string Write(SiteModel site)
    {
        var urls = site.Urls;
        var topics = site.Topics
            .Select(topic => (Topic: topic, Changed: LastChanged(topic)))
            .Where(entry => entry.Changed is not null)
            .OrderByDescending(entry => entry.Changed)
            .ThenBy(entry => entry.Topic, TopicOrdering.Instance)
            .Take(Entries)
            .ToList();

        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        using (var xml = XmlWriter.Create(new StringWriter(text), settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, XmlText.Clean(site.Config.Language));
            xml.WriteElementString("title", atom, XmlText.Clean(site.Config.Title));
            if (site.Config.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", atom, XmlText.Clean(site.Config.Description));
            }

            Link(xml, urls.Absolute(urls.Feed), "self", "application/atom+xml");
            Link(xml, urls.Absolute(urls.Home), "alternate", "text/html");
            xml.WriteElementString("id", atom, urls.Absolute(urls.Home));
            xml.WriteElementString("updated", atom, Stamp(topics.Count > 0 ? topics[0].Changed : null));
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, XmlText.Clean(site.Config.Title));
            xml.WriteEndElement();

            foreach (var (topic, changed) in topics)
            {
                var url = urls.Absolute(urls.Topic(topic.Slug));
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, XmlText.Clean(topic.Title));
                Link(xml, url, "alternate", "text/html");
                xml.WriteElementString("id", atom, url);
                if (topic.Published is { } published)
                {
                    xml.WriteElementString("published", atom, Stamp(published));
                }

                xml.WriteElementString("updated", atom, Stamp(changed));
                xml.WriteElementString("summary", atom, XmlText.Clean(topic.Summary));
                if (topic.AuthorId is { } id && site.Authors.TryGetValue(id, out var author))
                {
                    xml.WriteStartElement("author", atom);
                    xml.WriteElementString("name", atom, XmlText.Clean(author.Name));
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("category", atom);
                xml.WriteAttributeString("term", XmlText.Clean(topic.Category));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text + "\n";
    }

    /// <summary>When a topic last changed for a reader: updated, re-reviewed or first published, whichever is latest.</summary>
    public static DateOnly? LastChanged(Topic topic) => new[] { topic.Published, topic.Updated, topic.LastReviewed }.Max();

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Stamp(DateOnly? date) =>
        (date ?? new DateOnly(1970, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
