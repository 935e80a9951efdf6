using System.Buffers;
using System.Text.Json;

namespace HealthLibrary.Search.Lunr;

/// <summary>
/// Writes an index's postings in shards by term range, for a search page that fetches only the terms a
/// query needs. Each shard is a JSON array with one entry per term:
/// <c>[term, termIndex, field, [document, weight, document, weight, ...], field, [...], ...]</c>:
/// the term's original index (lunr's <c>_index</c>, which orders field vectors), then, for each field
/// (its position in the index's field list) that holds the term, the documents (positions in add order,
/// each written as the difference from the one before) with the term's field-vector weight there, as
/// thousandths. Nothing is lost that lunr's query side reads: a posting's documents come back in add
/// order, which is the order lunr's own postings enumerate, and every weight is a whole number of
/// thousandths (lunr rounds them so), so k / 1000 in JavaScript gives back the very same double.
/// </summary>
internal static class LunrShardWriter
{
    /// <summary>The shards one by one, each made only when asked for: a caller that writes each away never holds them all.</summary>
    public static IEnumerable<LunrPostingShard> Write(LunrIndexContent content, IReadOnlyList<int> sortedTerms, int targetBytes)
    {
        if (content.Metadata.Length > 0)
        {
            // Position metadata would need its own encoding; the site's index has none.
            throw new NotSupportedException("A split index carries no term metadata; build the index without a metadata whitelist.");
        }

        return Shards(content, sortedTerms, targetBytes);
    }

    /// <summary>
    /// Terms are written at most this many at a time, on every core; shards are then cut from them in order.
    /// </summary>
    private const int TermsPerWindow = 4096;

    /// <summary>
    /// A window also ends before its terms have this many posting entries (a few megabytes of JSON), so the shards
    /// still stream rather than the whole index being held: a large library's common words have an entry for nearly
    /// every document, and 4,096 terms of it would be most of the index.
    /// </summary>
    private const int EntriesPerWindow = 1 << 20;

    private static IEnumerable<LunrPostingShard> Shards(LunrIndexContent content, IReadOnlyList<int> sortedTerms, int targetBytes)
    {
        var shard = new List<byte[]>();
        int shardBytes = 0;
        int first = 0;
        for (int windowStart = 0, windowEnd; windowStart < sortedTerms.Count; windowStart = windowEnd)
        {
            windowEnd = WindowEnd(content, sortedTerms, windowStart);
            byte[][] window = Entries(content, sortedTerms, windowStart, windowEnd);
            for (int i = 0; i < window.Length; i++)
            {
                byte[] entry = window[i];
                if (shard.Count > 0 && shardBytes + entry.Length > targetBytes)
                {
                    yield return new LunrPostingShard(first, shard.Count, Join(shard, shardBytes));
                    shard.Clear();
                    shardBytes = 0;
                    first = windowStart + i;
                }

                shard.Add(entry);
                shardBytes += entry.Length + 1;
            }
        }

        if (shard.Count > 0)
        {
            yield return new LunrPostingShard(first, shard.Count, Join(shard, shardBytes));
        }
    }

    /// <summary>Where the window of terms that starts at sorted position <paramref name="start"/> ends: it holds at least one term.</summary>
    private static int WindowEnd(LunrIndexContent content, IReadOnlyList<int> sortedTerms, int start)
    {
        int fieldCount = content.Fields.Length;
        int end = start;
        long entries = 0;
        do
        {
            int term = sortedTerms[end];
            entries += content.PostingStart[(term + 1) * fieldCount] - content.PostingStart[term * fieldCount];
            end++;
        }
        while (end < sortedTerms.Count && end - start < TermsPerWindow && entries < EntriesPerWindow);

        return end;
    }

    /// <summary>The JSON entries of the terms at sorted positions [start, end), written on every core.</summary>
    private static byte[][] Entries(LunrIndexContent content, IReadOnlyList<int> sortedTerms, int start, int end)
    {
        var entries = new byte[end - start][];
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(start, end, 512),
            () => new TermEntryWriter(content.Fields.Length),
            (range, _, writer) =>
            {
                for (int position = range.Item1; position < range.Item2; position++)
                {
                    entries[position - start] = writer.Write(content, sortedTerms[position]);
                }

                return writer;
            },
            writer => writer.Dispose());
        return entries;
    }

    /// <summary>One thread's buffers for writing term entries.</summary>
    private sealed class TermEntryWriter(int fieldCount) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _json = new(Stream.Null, new JsonWriterOptions { SkipValidation = true });
        private byte[] _text = new byte[256];
        private int[] _frequencies = new int[256];

        public byte[] Write(LunrIndexContent c, int term)
        {
            _buffer.Clear();
            _json.Reset(_buffer);
            _json.WriteStartArray();
            string text = c.Terms[term];
            if (_text.Length < JsonStringifyText.MaxBytes(text.Length))
            {
                _text = new byte[JsonStringifyText.MaxBytes(text.Length)];
            }

            _json.WriteRawValue(_text.AsSpan(0, JsonStringifyText.Write(text, _text)), skipInputValidation: true);
            _json.WriteNumberValue(term);
            for (int field = 0; field < fieldCount; field++)
            {
                // A posting's documents come in add order, the order lunr's own posting lists them in.
                ReadOnlySpan<int> postings = c.Posting(term, field);
                if (postings.IsEmpty)
                {
                    continue;
                }

                // An entry's term frequency lies wherever the entry was made, a cache miss each: read in a loop of
                // their own, the misses overlap, where between two entries' JSON they came one after the other
                // (computing weights was a fifth of writing the shards, at the end of the build).
                if (_frequencies.Length < postings.Length)
                {
                    _frequencies = new int[Math.Max(postings.Length, _frequencies.Length * 2)];
                }

                Span<int> frequencies = _frequencies.AsSpan(0, postings.Length);
                for (int i = 0; i < postings.Length; i++)
                {
                    frequencies[i] = c.EntryTermFrequency[postings[i]];
                }

                _json.WriteNumberValue(field);
                _json.WriteStartArray();
                double idf = c.TermIdf[term];
                int previous = 0;
                int hint = 0;
                for (int i = 0; i < postings.Length; i++)
                {
                    int slot = c.SlotOf(postings[i], ref hint);
                    int document = slot / fieldCount;
                    _json.WriteNumberValue(document - previous);
                    _json.WriteNumberValue(Thousandths(c.EntryWeight(idf, frequencies[i], slot)));
                    previous = document;
                }

                _json.WriteEndArray();
            }

            _json.WriteEndArray();
            _json.Flush();
            return _buffer.WrittenSpan.ToArray();
        }

        public void Dispose() => _json.Dispose();
    }

    /// <summary>lunr stores Math.round(score * 1000) / 1000; recover the whole number, and refuse any weight that is not one.</summary>
    private static long Thousandths(double weight)
    {
        long thousandths = (long)Math.Round(weight * 1000);
        if (thousandths / 1000.0 != weight)
        {
            throw new InvalidOperationException($"weight {weight} is not a whole number of thousandths, as lunr rounds every weight");
        }

        return thousandths;
    }

    /// <summary>The entries as one JSON array; <paramref name="bytes"/> is their length plus one separator each.</summary>
    private static byte[] Join(List<byte[]> entries, int bytes)
    {
        // '[' + entries with a ',' between each + ']': the entries' lengths plus one per entry.
        var joined = new byte[bytes + 1];
        joined[0] = (byte)'[';
        int at = 1;
        foreach (byte[] entry in entries)
        {
            if (at > 1)
            {
                joined[at++] = (byte)',';
            }

            entry.CopyTo(joined, at);
            at += entry.Length;
        }

        joined[at] = (byte)']';
        return joined;
    }
}
