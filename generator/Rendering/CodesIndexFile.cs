using System.Text.Json;
using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>
/// /codes/index.json: system, then code, then the topics that claim it ({ "title", "path", "url" }), for the codes page
/// and for portals that link readers in by clinical code. The shape is documented in docs/writing.md ("For portal and record integrators").
/// </summary>
public static class CodesIndexFile
{
    public static string Write(SiteModel site)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            foreach (var (system, codes) in ClinicalCodeIndex.Of(site.Topics).Systems)
            {
                json.WriteStartObject(system);
                foreach (var (code, topics) in codes)
                {
                    json.WriteStartArray(code);
                    foreach (var topic in topics)
                    {
                        var path = site.Urls.Topic(topic.Slug);
                        json.WriteStartObject();
                        json.WriteString("title", topic.Title);
                        json.WriteString("path", path);
                        json.WriteString("url", site.Urls.Absolute(path));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
