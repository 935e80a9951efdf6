using System.Text.Json;
using HealthLibrary.Output;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Search;

/// <summary>
/// A split index, for libraries whose single index is too heavy to fetch before the first result:
/// a vocabulary the page fetches once per visit, and content-hashed shards it fetches as queries need
/// them (postings by term range, result-store entries by document, exact titles by hash). Every file
/// goes under /static/, which hosts cache for a year: a name changes exactly when its bytes do.
/// </summary>
public static class SplitSearchFiles
{
    public const string Folder = "static/search/";

    /// <summary>Postings per shard, before compression: a one-word query fetches a few shards, so small ones waste little.</summary>
    public const int ShardBytes = 32 * 1024;

    /// <summary>Store entries per file: a page of results is scattered across the library, so each fetch should be small.</summary>
    public const int StoreDocuments = 16;

    /// <summary>About this many titles share a title file; the page fetches the one that may hold the query.</summary>
    public const int TitlesPerBucket = 64;

    /// <summary>Writes every file to <paramref name="sink"/> as it is made, on every core, the vocabulary last: it names the others by their hashes.</summary>
    public static SearchOutput Write(LunrIndex index, IReadOnlyList<(string Ref, SearchResult Result)> documents, string basePath, IOutputSink sink)
    {
        // The vocabulary, which every search fetches first, is the one file of its kind.
        string Write(string kind, byte[] bytes)
        {
            var name = ContentHashedName.Of(kind + ".json", bytes);
            sink.Write(new OutputFile(Folder + name, bytes) { OneOfMany = kind != "vocabulary" });
            return name;
        }

        // The three kinds are made and written side by side: the shards' own terms are made a window at a time on every
        // core, and compressing a file takes longer than making it, so one kind alone would leave a core waiting.
        List<(int FirstTerm, string Name)> shards = [];
        List<string> store = [], titles = [];
        Parallel.Invoke(
            () => shards = InOrder(index.WriteShards(ShardBytes), shard => (shard.FirstTerm, Write("postings", shard.Json))),
            () => store = InOrder(documents.Chunk(StoreDocuments), chunk => Write("store", SearchFiles.Store(chunk))),
            () => titles = InOrder(TitleBuckets(documents), bucket => Write("titles", bucket)));
        var vocabulary = Write("vocabulary", Vocabulary(index, documents.Count, shards, store, titles));
        return new SearchOutput(null, null, basePath + Folder + vocabulary);
    }

    /// <summary>
    /// Makes and writes the files on every core as their source yields them, none held longer than that; gives back
    /// their names in order. Each worker takes one file at a time: PLINQ's chunks of a lazy source left one thread
    /// compressing and writing every shard while the other waited.
    /// </summary>
    private static List<T> InOrder<TSource, T>(IEnumerable<TSource> source, Func<TSource, T> write)
    {
        var written = new System.Collections.Concurrent.ConcurrentDictionary<long, T>();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(source, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
            (item, _, position) => written[position] = write(item));
        return [.. written.OrderBy(pair => pair.Key).Select(pair => pair.Value)];
    }

    /// <summary>
    /// What the page needs before any shard: lunr's fields and pipeline, the terms (sorted as lunr
    /// sorts them, to expand a query exactly as lunr would), where each term's shard starts, and the
    /// names of the store and title files. Refs are written only when they are not simply 0, 1, 2...
    /// </summary>
    private static byte[] Vocabulary(LunrIndex index, int documents, List<(int FirstTerm, string Name)> shards, List<string> store, List<string> titles)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SearchFiles.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("version", "2.3.9");
            WriteStrings(json, "fields", index.Fields);
            WriteStrings(json, "pipeline", index.Stemmed ? ["stemmer"] : []);
            json.WriteNumber("documents", documents);
            if (!index.Refs.Select((reference, position) => reference == position.ToString(System.Globalization.CultureInfo.InvariantCulture)).All(same => same))
            {
                WriteStrings(json, "refs", index.Refs);
            }

            WriteStrings(json, "terms", index.SortedTerms);
            json.WriteStartArray("shards");
            foreach (var (first, name) in shards)
            {
                json.WriteStartArray();
                json.WriteNumberValue(first);
                json.WriteStringValue(name);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteNumber("store_documents", StoreDocuments);
            WriteStrings(json, "store", store);
            WriteStrings(json, "titles", titles);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Exact title key → document positions, bucketed by <see cref="ExactTitleKey.Bucket"/>. Positions
    /// are listed as the single store's keys would enumerate in JavaScript (refs that are array indexes
    /// first, by number), the order the page puts several topics of one title in.
    /// </summary>
    private static IEnumerable<byte[]> TitleBuckets(IReadOnlyList<(string Ref, SearchResult Result)> documents)
    {
        int count = Math.Max(1, (documents.Count + TitlesPerBucket - 1) / TitlesPerBucket);
        var buckets = Enumerable.Range(0, count).Select(_ => new SortedDictionary<string, List<int>>(StringComparer.Ordinal)).ToArray();
        var order = Enumerable.Range(0, documents.Count)
            .OrderBy(position => ArrayIndex(documents[position].Ref) >= 0 ? 0 : 1)
            .ThenBy(position => ArrayIndex(documents[position].Ref) is var number and >= 0 ? number : position);
        foreach (int position in order)
        {
            var key = ExactTitleKey.Of(documents[position].Result.Title);
            var bucket = buckets[ExactTitleKey.Bucket(key, count)];
            if (!bucket.TryGetValue(key, out var positions))
            {
                bucket[key] = positions = [];
            }

            positions.Add(position);
        }

        foreach (var bucket in buckets)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SearchFiles.Encoder }))
            {
                json.WriteStartObject();
                foreach (var (key, positions) in bucket)
                {
                    json.WriteStartArray(key);
                    positions.ForEach(json.WriteNumberValue);
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            yield return buffer.ToArray();
        }
    }

    private static long ArrayIndex(string reference) => JavaScriptPropertyKey.IsArrayIndex(reference, out uint index) ? index : -1;

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
