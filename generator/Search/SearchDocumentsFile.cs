using System.Text.Json;

namespace HealthLibrary.Search;

/// <summary>
/// Exactly what was fed to the index (build --search-documents), so anyone can rebuild it with lunr.js
/// and compare: {"ref", "fields": [{"name", "boost"}], "documents": [...]} in add order.
/// </summary>
public static class SearchDocumentsFile
{
    public static byte[] Write(IReadOnlyList<SearchDocument> documents)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SearchFiles.Encoder, Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("ref", SearchFields.Ref);
            json.WriteStartArray("fields");
            foreach (var field in SearchFields.All)
            {
                json.WriteStartObject();
                json.WriteString("name", field.Name);
                if (field.Boost is { } boost)
                {
                    json.WriteNumber("boost", boost);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var document in documents)
            {
                json.WriteStartObject();
                foreach (var (name, value) in document.Fields)
                {
                    if (value is null)
                    {
                        json.WriteNull(name);
                    }
                    else
                    {
                        json.WriteString(name, (string)value);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
