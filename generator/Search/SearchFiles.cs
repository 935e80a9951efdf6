using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HealthLibrary.Configuration;
using HealthLibrary.Model;
using HealthLibrary.Output;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Search;

/// <summary>Stage 4, second half: the Lunr index and the result store, as one file each or split, and lunr.js itself.</summary>
public static class SearchFiles
{
    public const string IndexPath = SitePlan.SearchFolder + "/index.json";
    public const string StorePath = SitePlan.SearchFolder + "/store.json";
    public const string LunrAsset = "lunr.min.js";

    /// <summary>
    /// Posting entries above which <c>split: auto</c> splits the index: 1 to 3 MB of index JSON, past which a
    /// reader on a phone waits long for the whole file before the first result.
    /// </summary>
    public const int AutoSplitPostings = 50_000;

    /// <summary>Escapes what HTML treats specially (so the JSON stays inert even if inlined), but not every non-ASCII letter.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>A builder for a site's index: its fields, with lunr's own pipeline.</summary>
    public static LunrIndexBuilder IndexBuilder() => new(SearchFields.Ref, SearchFields.All);

    /// <summary>Adds the documents to a new index in their order, then writes it and the store (see the overload that takes analysed documents).</summary>
    public static SearchOutput Write(IEnumerable<SearchDocument> documents, SearchSplitMode split, string basePath, IOutputSink sink, ICollection<SearchDocument>? keep = null)
    {
        var builder = IndexBuilder();
        return Write(builder, documents.Select(document => (document, builder.Analyze(document.Fields))), split, basePath, sink, keep);
    }

    /// <summary>
    /// Adds the documents, analysed by <paramref name="builder"/>, to the index as they come (a build makes and
    /// analyses each beside its page), then writes the index and the store to <paramref name="sink"/>. Only what a
    /// result shows is kept of each document, unless <paramref name="keep"/> asks for the documents themselves.
    /// </summary>
    public static SearchOutput Write(LunrIndexBuilder builder, IEnumerable<(SearchDocument Document, LunrDocument Terms)> documents, SearchSplitMode split, string basePath, IOutputSink sink, ICollection<SearchDocument>? keep = null)
    {
        var results = new List<(string Ref, SearchResult Result)>();
        foreach (var (document, terms) in documents)
        {
            builder.Add(terms);
            results.Add((document.Ref, document.Result));
            keep?.Add(document);
        }

        var index = builder.Build();
        if (split == SearchSplitMode.Always || (split == SearchSplitMode.Auto && index.PostingCount > AutoSplitPostings))
        {
            return SplitSearchFiles.Write(index, results, basePath, sink);
        }

        using var json = new MemoryStream();
        index.WriteJson(json);
        sink.Write(new OutputFile(IndexPath, json.GetBuffer().AsMemory(0, (int)json.Length)));
        sink.Write(new OutputFile(StorePath, Store(results)));
        return new SearchOutput(basePath + IndexPath, basePath + StorePath, null);
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

    /// <summary>ref → what a result shows, for the documents given, in their order.</summary>
    internal static byte[] Store(IEnumerable<(string Ref, SearchResult Result)> documents)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            foreach (var (reference, result) in documents)
            {
                json.WriteStartObject(reference);
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
