using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HealthLibrary.Output;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Search;

/// <summary>Stage 4, second half: the Lunr index, the result store and lunr.js itself, as site files.</summary>
public static class SearchFiles
{
    public const string IndexPath = "search/index.json";
    public const string StorePath = "search/store.json";
    public const string LunrAsset = "lunr.min.js";

    /// <summary>Escapes what HTML treats specially (so the JSON stays inert even if inlined), but not every non-ASCII letter.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static IEnumerable<OutputFile> Write(IReadOnlyList<SearchDocument> documents)
    {
        var builder = new LunrIndexBuilder(SearchFields.Ref, SearchFields.All);
        foreach (var document in documents)
        {
            builder.Add(document.Fields);
        }

        using var index = new MemoryStream();
        builder.Build().WriteJson(index);
        yield return new OutputFile(IndexPath, index.ToArray());
        yield return new OutputFile(StorePath, Store(documents));
    }

    /// <summary>lunr.min.js as shipped in the npm package, embedded in the generator at build time.</summary>
    public static byte[] Lunr()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(LunrAsset)
            ?? throw new InvalidOperationException("lunr.min.js is not embedded; the generator's build installs it with npm");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Store(IReadOnlyList<SearchDocument> documents)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            foreach (var document in documents)
            {
                var result = document.Result;
                json.WriteStartObject(document.Ref);
                json.WriteString("title", result.Title);
                json.WriteString("url", result.Url);
                json.WriteString("summary", result.Summary);
                json.WriteString("risk", result.Risk);
                json.WriteString("risk_label", result.RiskLabel);
                json.WriteString("category", result.Category);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
