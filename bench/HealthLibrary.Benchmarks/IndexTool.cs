using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Benchmarks;

/// <summary>Our index writer on exactly what lunr.js gets: reads a search-documents file, builds, writes JSON.</summary>
public static class IndexTool
{
    public static int Run(string documentsFile, string outputFile)
    {
        var reading = Stopwatch.StartNew();
        byte[] json = File.ReadAllBytes(documentsFile);
        var (refField, fields, rawDocuments) = Read(json);

        // A body's JSON string is mostly escapes to undo: each value is made into a string on every core, from its
        // place in the file, as a JSON text of its own.
        var documents = rawDocuments.AsParallel().AsOrdered()
            .Select(document => (IReadOnlyDictionary<string, object?>)document.ToDictionary(
                value => value.Key,
                value => value.Text is { } text ? (object?)StringAt(json, text) : null,
                StringComparer.Ordinal))
            .ToList();
        Console.Error.WriteLine($"healthlib read {documents.Count} documents in {Milliseconds(reading)} ms");

        // Timed like build-index.js: from the parsed documents to the JSON text, without reading the file.
        // As a build does, documents are analysed on every core and added in order.
        var clock = Stopwatch.StartNew();
        var builder = new LunrIndexBuilder(refField, fields);
        foreach (var document in documents.AsParallel().AsOrdered().Select(builder.Analyze))
        {
            builder.Add(document);
        }

        using (var output = new FileStream(outputFile, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            builder.Build().WriteJson(output);
        }

        Console.Error.WriteLine($"healthlib built {documents.Count} documents in {Milliseconds(clock)} ms (build + JSON)");
        return 0;
    }

    private static string Milliseconds(Stopwatch clock) => clock.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The ref, fields and documents of a search-documents file (<c>tests/oracle/build-index.js</c> describes it), in one
    /// pass of a reader. Of a document's values, a string's place in the file is kept (with its quotes), anything else
    /// is null, as the site's documents hold.
    /// </summary>
    private static (string Ref, List<LunrField> Fields, List<List<(string Key, Range? Text)>> Documents) Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        string? refField = null;
        var fields = new List<LunrField>();
        var documents = new List<List<(string Key, Range? Text)>>();
        Expect(ref reader, JsonTokenType.StartObject);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            string property = reader.GetString()!;
            reader.Read();
            switch (property)
            {
                case "ref":
                    refField = reader.GetString();
                    break;
                case "fields":
                    while (Next(ref reader) == JsonTokenType.StartObject)
                    {
                        string? name = null;
                        double? boost = null;
                        while (Next(ref reader) == JsonTokenType.PropertyName)
                        {
                            string key = reader.GetString()!;
                            reader.Read();
                            if (key == "name")
                            {
                                name = reader.GetString();
                            }
                            else if (key == "boost" && reader.TokenType == JsonTokenType.Number)
                            {
                                boost = reader.GetDouble();
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }

                        fields.Add(new LunrField(name ?? throw new InvalidDataException("a field has no name"), boost));
                    }

                    break;
                case "documents":
                    while (Next(ref reader) == JsonTokenType.StartObject)
                    {
                        var document = new List<(string Key, Range? Text)>();
                        while (Next(ref reader) == JsonTokenType.PropertyName)
                        {
                            string key = reader.GetString()!;
                            reader.Read();
                            int start = (int)reader.TokenStartIndex;
                            reader.Skip();
                            document.Add((key, reader.TokenType == JsonTokenType.String ? start..(int)reader.BytesConsumed : null));
                        }

                        documents.Add(document);
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return (refField ?? throw new InvalidDataException("the file names no ref"), fields, documents);
    }

    /// <summary>The string value at <paramref name="text"/>, read as a JSON text of its own.</summary>
    private static string StringAt(byte[] json, Range text)
    {
        var reader = new Utf8JsonReader(json.AsSpan(text));
        reader.Read();
        return reader.GetString()!;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new InvalidDataException("the documents file ends early");
        }

        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new InvalidDataException($"expected {type} at byte {reader.TokenStartIndex}, found {reader.TokenType}");
        }
    }
}
