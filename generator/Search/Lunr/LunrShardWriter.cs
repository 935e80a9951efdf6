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

    private static IEnumerable<LunrPostingShard> Shards(LunrIndexContent content, IReadOnlyList<int> sortedTerms, int targetBytes)
    {
        var shard = new List<byte[]>();
        int shardBytes = 0;
        int first = 0;
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        var byField = new List<(int Document, long Thousandths)>[content.Fields.Length];
        for (int field = 0; field < byField.Length; field++)
        {
            byField[field] = [];
        }

        for (int position = 0; position < sortedTerms.Count; position++)
        {
            buffer.Clear();
            json.Reset(buffer);
            WriteTerm(content, sortedTerms[position], json, byField);
            json.Flush();
            byte[] entry = buffer.WrittenSpan.ToArray();
            if (shard.Count > 0 && shardBytes + entry.Length > targetBytes)
            {
                yield return new LunrPostingShard(first, shard.Count, Join(shard));
                shard.Clear();
                shardBytes = 0;
                first = position;
            }

            shard.Add(entry);
            shardBytes += entry.Length + 1;
        }

        if (shard.Count > 0)
        {
            yield return new LunrPostingShard(first, shard.Count, Join(shard));
        }
    }

    private static void WriteTerm(LunrIndexContent c, int term, Utf8JsonWriter json, List<(int Document, long Thousandths)>[] byField)
    {
        int fieldCount = c.Fields.Length;
        foreach (var list in byField)
        {
            list.Clear();
        }

        for (int entry = c.TermFirstEntry[term]; entry >= 0; entry = c.EntryNext[entry])
        {
            int slot = c.EntrySlot[entry];
            byField[slot % fieldCount].Add((slot / fieldCount, Thousandths(c.EntryWeight[entry])));
        }

        json.WriteStartArray();
        byte[] text = new byte[JsonStringifyText.MaxBytes(c.Terms[term].Length)];
        json.WriteRawValue(text.AsSpan(0, JsonStringifyText.Write(c.Terms[term], text)), skipInputValidation: true);
        json.WriteNumberValue(term);
        for (int field = 0; field < fieldCount; field++)
        {
            var postings = byField[field];
            if (postings.Count == 0)
            {
                continue;
            }

            // Add order, which is also the order lunr's own posting lists its documents in.
            postings.Sort((a, b) => a.Document.CompareTo(b.Document));
            json.WriteNumberValue(field);
            json.WriteStartArray();
            int previous = 0;
            foreach (var (document, thousandths) in postings)
            {
                json.WriteNumberValue(document - previous);
                json.WriteNumberValue(thousandths);
                previous = document;
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
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

    private static byte[] Join(List<byte[]> entries)
    {
        using var joined = new MemoryStream();
        joined.WriteByte((byte)'[');
        for (int i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                joined.WriteByte((byte)',');
            }

            joined.Write(entries[i]);
        }

        joined.WriteByte((byte)']');
        return joined.ToArray();
    }
}
