using System.Text.Encodings.Web;
using System.Text.Json;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Tests.Search;

/// <summary>Documents and index settings in the shape tests/oracle/build-index.js reads, buildable by both lunr.js and our builder.</summary>
internal sealed class SearchDocumentSet
{
    public string Ref { get; init; } = "id";

    public required IReadOnlyList<LunrField> Fields { get; init; }

    public IReadOnlyList<string>? MetadataWhitelist { get; init; }

    public bool Stemmer { get; init; } = true;

    public IReadOnlyDictionary<string, double> DocumentBoosts { get; init; } = new Dictionary<string, double>();

    public required IReadOnlyList<IReadOnlyDictionary<string, object?>> Documents { get; init; }

    /// <summary>A set of documents given as (ref, field values) with the "id" ref.</summary>
    public static IReadOnlyDictionary<string, object?> Document(string id, params (string Field, object? Value)[] values)
    {
        var document = new Dictionary<string, object?> { ["id"] = id };
        foreach ((string field, object? value) in values)
        {
            document[field] = value;
        }

        return document;
    }

    public LunrIndex BuildOurs()
    {
        var builder = new LunrIndexBuilder(Ref, Fields, MetadataWhitelist, Stemmer);
        foreach (IReadOnlyDictionary<string, object?> document in Documents)
        {
            string id = (string)document[Ref]!;
            builder.Add(document, DocumentBoosts.TryGetValue(id, out double boost) ? boost : null);
        }

        return builder.Build();
    }

    public byte[] OurJson()
    {
        using var stream = new MemoryStream();
        BuildOurs().WriteJson(stream);
        return stream.ToArray();
    }

    public void WriteJson(string path)
    {
        var spec = new Dictionary<string, object?>
        {
            ["ref"] = Ref,
            ["fields"] = Fields.Select(f => f.Boost is null
                ? new Dictionary<string, object?> { ["name"] = f.Name }
                : new Dictionary<string, object?> { ["name"] = f.Name, ["boost"] = f.Boost }),
            ["stemmer"] = Stemmer,
            ["documentBoosts"] = DocumentBoosts,
            ["documents"] = Documents,
        };
        if (MetadataWhitelist is not null)
        {
            spec["metadataWhitelist"] = MetadataWhitelist;
        }

        using FileStream file = File.Create(path);
        JsonSerializer.Serialize(file, spec, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
