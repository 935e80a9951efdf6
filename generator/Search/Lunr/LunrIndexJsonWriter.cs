using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HealthLibrary.Search.Lunr;

/// <summary>Writes <see cref="LunrIndexContent"/> as lunr's Index#toJSON, key for key and number for number.</summary>
internal sealed class LunrIndexJsonWriter
{
    /// <summary>Bytes kept in memory before they go to the stream, so a large index is never held whole.</summary>
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonWriterOptions Options = new()
    {
        // Property names (refs, field names, metadata keys) go through this encoder; it writes
        // what JSON.stringify writes except for control characters, U+2028/2029, U+FEFF and
        // characters outside the BMP, which it escapes (JSON.parse reads the same value back).
        // Terms, the bulk of the text, are written exactly by JsonStringifyText. Neither escapes
        // '<', '>' or '&': the index is served as application/json, never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly LunrIndexContent _content;
    private readonly Utf8JsonWriter _writer;
    private readonly Dictionary<double, byte[]> _numbers = [];
    private byte[] _text = new byte[256];

    private LunrIndexJsonWriter(LunrIndexContent content, Utf8JsonWriter writer)
    {
        _content = content;
        _writer = writer;
    }

    public static void Write(LunrIndexContent content, Stream stream)
    {
        // The inverted index is written into memory on another core while the field vectors go to the stream, as the
        // two halves of a large index are each a fair share of the writing.
        var invertedIndex = Task.Run(() =>
        {
            var buffer = new MemoryStream();
            using var writer = new Utf8JsonWriter(buffer, Options);
            new LunrIndexJsonWriter(content, writer).WriteInvertedIndex();
            writer.Flush();
            return buffer;
        });

        try
        {
            using var writer = new Utf8JsonWriter(stream, Options);
            new LunrIndexJsonWriter(content, writer).WriteIndex(invertedIndex);
            writer.Flush();
        }
        finally
        {
            // Nothing is left running once Write returns, whether or not writing the field vectors failed.
            Task.WaitAny(invertedIndex);
        }
    }

    private void WriteIndex(Task<MemoryStream> invertedIndex)
    {
        LunrIndexContent c = _content;
        _writer.WriteStartObject();
        _writer.WriteString("version", "2.3.9");

        _writer.WriteStartArray("fields");
        foreach (string field in c.Fields)
        {
            WriteText(field);
        }

        _writer.WriteEndArray();
        WriteFieldVectors();
        _writer.WritePropertyName("invertedIndex");
        using (MemoryStream json = invertedIndex.GetAwaiter().GetResult())
        {
            _writer.WriteRawValue(json.GetBuffer().AsSpan(0, (int)json.Length), skipInputValidation: true);
        }

        _writer.WriteStartArray("pipeline");
        if (c.Stemmed)
        {
            _writer.WriteStringValue("stemmer");
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }

    /// <summary>One [field + "/" + ref, [termIndex, weight, ...]] per document and field, in add and field order.</summary>
    private void WriteFieldVectors()
    {
        LunrIndexContent c = _content;
        int fieldCount = c.Fields.Length;
        _writer.WriteStartArray("fieldVectors");
        for (int slot = 0; slot < c.SlotFirstEntry.Length - 1; slot++)
        {
            _writer.WriteStartArray();
            WriteText(string.Concat(c.Fields[slot % fieldCount], "/", c.Refs[slot / fieldCount]));
            _writer.WriteStartArray();
            for (int entry = c.SlotFirstEntry[slot]; entry < c.SlotFirstEntry[slot + 1]; entry++)
            {
                _writer.WriteNumberValue(c.EntryTerm[entry]);
                WriteNumber(c.EntryWeight(entry, slot));
            }

            _writer.WriteEndArray();
            _writer.WriteEndArray();
            FlushIfFull();
        }

        _writer.WriteEndArray();
    }

    /// <summary>One [term, posting] per term in UTF-16 order, which Index.load requires.</summary>
    private void WriteInvertedIndex()
    {
        LunrIndexContent c = _content;
        int fieldCount = c.Fields.Length;
        JsonEncodedText[] refNames = [.. c.Refs.Select(r => JsonEncodedText.Encode(r, Options.Encoder))];
        JsonEncodedText[] fieldNames = [.. c.Fields.Select(f => JsonEncodedText.Encode(f, Options.Encoder))];
        JsonEncodedText[] metadataNames = [.. c.Metadata.Select(m => JsonEncodedText.Encode(m.Key, Options.Encoder))];

        // Without metadata every posting of a document is the same few bytes, "ref":{}, made once here; a field's
        // postings are then copied in as one raw value instead of two writer calls for each of millions of them.
        byte[][] emptyPostings = c.Metadata.Length > 0 ? [] : [.. refNames.Select(name => (byte[])[(byte)'"', .. name.EncodedUtf8Bytes, .. "\":{}"u8])];
        var sorted = new List<int>();

        int[] order = [.. Enumerable.Range(0, c.Terms.Length)];
        Array.Sort(order, (a, b) => string.CompareOrdinal(c.Terms[a], c.Terms[b]));

        _writer.WriteStartArray();
        foreach (int term in order)
        {
            _writer.WriteStartArray();
            WriteText(c.Terms[term]);
            _writer.WriteStartObject();
            foreach (int key in c.PostingKeyOrder)
            {
                if (key < 0)
                {
                    _writer.WriteNumber("_index", term);
                    continue;
                }

                ReadOnlySpan<int> entries = c.Posting(term, key);
                if (c.AnyArrayIndexRef)
                {
                    entries = SortLikeObjectKeys(entries, sorted);
                }

                if (emptyPostings.Length > 0)
                {
                    _writer.WritePropertyName(fieldNames[key]);
                    WriteEmptyPostings(entries, emptyPostings);
                    continue;
                }

                _writer.WriteStartObject(fieldNames[key]);
                int hint = 0;
                foreach (int entry in entries)
                {
                    _writer.WritePropertyName(refNames[c.SlotOf(entry, ref hint) / fieldCount]);
                    WriteMetadata(entry, key, metadataNames);
                }

                _writer.WriteEndObject();
            }

            _writer.WriteEndObject();
            _writer.WriteEndArray();
            FlushIfFull();
        }

        _writer.WriteEndArray();
    }

    /// <summary>
    /// A posting's refs are keys of a JavaScript object: refs that are array indexes ("0",
    /// "42") come first in numeric order, the rest stay in the order documents were added.
    /// </summary>
    private ReadOnlySpan<int> SortLikeObjectKeys(ReadOnlySpan<int> entries, List<int> sorted)
    {
        LunrIndexContent c = _content;
        int fieldCount = c.Fields.Length;

        // Refs 0, 1, 2... in add order (a site's own) are in key order already.
        long previous = -1;
        bool inOrder = true;
        int hint = 0;
        foreach (int entry in entries)
        {
            long index = c.RefArrayIndex[c.SlotOf(entry, ref hint) / fieldCount];
            inOrder &= index > previous;
            previous = index;
        }

        if (inOrder)
        {
            return entries;
        }

        sorted.Clear();
        sorted.AddRange(entries);
        var keyed = sorted
            .Select((entry, position) => (Entry: entry, Index: c.RefArrayIndex[c.SlotOf(entry, ref hint) / fieldCount], Position: position))
            .OrderBy(x => x.Index < 0 ? 1 : 0)
            .ThenBy(x => x.Index < 0 ? x.Position : x.Index)
            .Select(x => x.Entry)
            .ToList();
        sorted.Clear();
        sorted.AddRange(keyed);
        return CollectionsMarshal.AsSpan(sorted);
    }

    /// <summary>{"ref":{},"ref":{},...}, one raw value: the postings of a field without metadata.</summary>
    private void WriteEmptyPostings(ReadOnlySpan<int> entries, byte[][] emptyPostings)
    {
        int fieldCount = _content.Fields.Length;
        int length = 2;
        int hint = 0;
        foreach (int entry in entries)
        {
            length += emptyPostings[_content.SlotOf(entry, ref hint) / fieldCount].Length + 1;
        }

        if (_text.Length < length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        int at = 0;
        _text[at++] = (byte)'{';
        hint = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            if (i > 0)
            {
                _text[at++] = (byte)',';
            }

            byte[] posting = emptyPostings[_content.SlotOf(entries[i], ref hint) / fieldCount];
            posting.CopyTo(_text, at);
            at += posting.Length;
        }

        _text[at++] = (byte)'}';
        _writer.WriteRawValue(_text.AsSpan(0, at), skipInputValidation: true);
    }

    /// <summary>{} or, with a whitelist, {"position": [[start, length], ...]} and the like, one value per occurrence.</summary>
    private void WriteMetadata(int entry, int field, JsonEncodedText[] metadataNames)
    {
        LunrIndexContent c = _content;
        _writer.WriteStartObject();
        for (int k = 0; k < c.Metadata.Length; k++)
        {
            (string key, int repeat) = c.Metadata[k];
            _writer.WriteStartArray(metadataNames[k]);
            int first = c.EntryFirstOccurrence[entry];
            for (int occurrence = first; occurrence < first + c.EntryTermFrequency[entry]; occurrence++)
            {
                for (int r = 0; r < repeat; r++)
                {
                    WriteMetadataValue(key, occurrence, field);
                }
            }

            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
    }

    /// <summary>
    /// The tokenizer's metadata: position and index for tokens of a string, fields for every
    /// token. A key the token lacks is undefined in lunr, which JSON.stringify writes as null
    /// inside an array.
    /// </summary>
    private void WriteMetadataValue(string key, int occurrence, int field)
    {
        LunrIndexContent c = _content;
        bool positioned = c.OccurrenceStart[occurrence] >= 0;
        switch (key)
        {
            case "position" when positioned:
                _writer.WriteStartArray();
                _writer.WriteNumberValue(c.OccurrenceStart[occurrence]);
                _writer.WriteNumberValue(c.OccurrenceLength[occurrence]);
                _writer.WriteEndArray();
                break;
            case "index" when positioned:
                _writer.WriteNumberValue(c.OccurrenceTokenIndex[occurrence]);
                break;
            case "fields":
                _writer.WriteStartArray();
                WriteText(c.Fields[field]);
                _writer.WriteEndArray();
                break;
            default:
                _writer.WriteNullValue();
                break;
        }
    }

    private void WriteText(string text)
    {
        int max = JsonStringifyText.MaxBytes(text.Length);
        if (_text.Length < max)
        {
            _text = new byte[Math.Max(max, _text.Length * 2)];
        }

        int length = JsonStringifyText.Write(text, _text);
        _writer.WriteRawValue(_text.AsSpan(0, length), skipInputValidation: true);
    }

    /// <summary>Writes a weight as JavaScript prints it; weights repeat a lot, so each is formatted once.</summary>
    private void WriteNumber(double value)
    {
        if (!_numbers.TryGetValue(value, out byte[]? bytes))
        {
            Span<char> chars = stackalloc char[32];
            int length = JavaScriptNumberFormat.Format(value, chars);
            bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)chars[i];
            }

            _numbers[value] = bytes;
        }

        _writer.WriteRawValue(bytes, skipInputValidation: true);
    }

    private void FlushIfFull()
    {
        if (_writer.BytesPending > FlushThreshold)
        {
            _writer.Flush();
        }
    }
}
