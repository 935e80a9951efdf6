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
        using var spec = JsonDocument.Parse(File.ReadAllBytes(documentsFile));
        var root = spec.RootElement;
        var refField = root.GetProperty("ref").GetString()!;
        var fields = root.GetProperty("fields").EnumerateArray()
            .Select(field => new LunrField(field.GetProperty("name").GetString()!, field.TryGetProperty("boost", out var boost) ? boost.GetDouble() : null))
            .ToList();
        var documents = root.GetProperty("documents").EnumerateArray()
            .Select(document => (IReadOnlyDictionary<string, object?>)document.EnumerateObject().ToDictionary(
                property => property.Name,
                property => (object?)(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null),
                StringComparer.Ordinal))
            .ToList();

        // Timed like build-index.js: from the parsed documents to the JSON text, without reading the file.
        var clock = Stopwatch.StartNew();
        var builder = new LunrIndexBuilder(refField, fields);
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        using (var output = new FileStream(outputFile, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            builder.Build().WriteJson(output);
        }

        Console.Error.WriteLine($"healthlib built {documents.Count} documents in {clock.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms (build + JSON)");
        return 0;
    }
}
