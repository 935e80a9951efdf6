namespace HealthLibrary.Search.Lunr;

/// <summary>
/// The finished tables of a built index, laid out for writing: one posting entry per (term,
/// document, field), grouped by field slot and sorted by term index within a slot, and listed
/// again by term and field for the postings.
/// </summary>
internal sealed class LunrIndexContent
{
    public required string[] Fields { get; init; }

    /// <summary>Posting object keys ("_index" and the field names) in JavaScript enumeration order; -1 stands for "_index".</summary>
    public required int[] PostingKeyOrder { get; init; }

    public required string[] Refs { get; init; }

    /// <summary>Per document: its ref is an array index ("0", "42"), which JavaScript lists first; else -1.</summary>
    public required long[] RefArrayIndex { get; init; }

    public required bool AnyArrayIndexRef { get; init; }

    public required string[] Terms { get; init; }

    /// <summary>
    /// Per term and field (term × field count + field): where its entries start in <see cref="PostingEntries"/>; one
    /// extra element ends the last.
    /// </summary>
    public required int[] PostingStart { get; init; }

    /// <summary>Every entry, grouped by term and field, each group in the order lunr made them: by document.</summary>
    public required int[] PostingEntries { get; init; }

    /// <summary>The entries of a term in one field, in the order of their documents.</summary>
    public ReadOnlySpan<int> Posting(int term, int field)
    {
        int group = (term * Fields.Length) + field;
        return PostingEntries.AsSpan(PostingStart[group], PostingStart[group + 1] - PostingStart[group]);
    }

    /// <summary>Per slot (document × field count + field): its first posting entry; one extra element ends the last slot.</summary>
    public required int[] SlotFirstEntry { get; init; }

    /// <summary>
    /// The slot of an entry, found in <see cref="SlotFirstEntry"/> rather than held for every entry. A posting's
    /// entries are asked for in order, so the search starts from <paramref name="hint"/>, the slot found last (0 to
    /// start), and leaps forward from it.
    /// </summary>
    public int SlotOf(int entry, ref int hint)
    {
        int[] first = SlotFirstEntry;
        int low = first[hint] <= entry ? hint : 0;

        // The last slot that starts at or before the entry (a slot without entries starts where the next one does).
        int step = 1;
        int high = low + step;
        while (high < first.Length && first[high] <= entry)
        {
            low = high;
            step *= 2;
            high = low + step;
        }

        high = Math.Min(high, first.Length - 1);
        while (high - low > 1)
        {
            int middle = low + ((high - low) / 2);
            if (first[middle] <= entry)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        hint = low;
        return low;
    }

    public required LunrEntryColumn EntryTerm { get; init; }

    public required LunrEntryColumn EntryTermFrequency { get; init; }

    /// <summary>Per entry: first of its <see cref="EntryTermFrequency"/> occurrences in the occurrence tables; empty without a metadata whitelist.</summary>
    public required LunrEntryColumn EntryFirstOccurrence { get; init; }

    /// <summary>Per occurrence: [start, length] in the lowercased field text, or -1 for a token from an array, which has no position.</summary>
    public required LunrEntryColumn OccurrenceStart { get; init; }

    public required LunrEntryColumn OccurrenceLength { get; init; }

    /// <summary>Per occurrence: the token's index among the field's tokens, or -1 for a token from an array.</summary>
    public required LunrEntryColumn OccurrenceTokenIndex { get; init; }

    /// <summary>Per term: its inverse document frequency, as lunr.Builder#createFieldVectors computes it.</summary>
    public required double[] TermIdf { get; init; }

    /// <summary>Per slot: the field's length in tokens, after the index pipeline.</summary>
    public required int[] FieldLengths { get; init; }

    /// <summary>Per field: its length averaged over every document, empty fields included.</summary>
    public required double[] AverageFieldLength { get; init; }

    public required double[] FieldBoosts { get; init; }

    /// <summary>Per document: its boost.</summary>
    public required double[] DocumentBoosts { get; init; }

    /// <summary>
    /// The entry's BM25 weight in its field vector, as lunr.Builder#createFieldVectors computes it: worked out as the
    /// entry is written, each entry once, rather than held for every entry of the index.
    /// </summary>
    public double EntryWeight(int entry, int slot) => EntryWeight(TermIdf[EntryTerm[entry]], EntryTermFrequency[entry], slot);

    /// <summary>
    /// <see cref="EntryWeight(int, int)"/> from the entry's term's <paramref name="idf"/> and its term frequency
    /// <paramref name="termFrequency"/>, for a writer that has read them already.
    /// </summary>
    public double EntryWeight(double idf, int termFrequency, int slot)
    {
        const double K1 = 1.2;
        const double B = 0.75;
        int fieldCount = Fields.Length;
        int field = slot % fieldCount;
        double tf = termFrequency;
        double fieldLength = FieldLengths[slot];

        // The same operations in the same order as lunr.
        double score = idf * ((K1 + 1) * tf)
            / ((K1 * (1 - B + (B * (fieldLength / AverageFieldLength[field])))) + tf);
        score *= FieldBoosts[field];
        score *= DocumentBoosts[slot / fieldCount];
        return JavaScriptMath.Round(score * 1000) / 1000;
    }

    /// <summary>The metadata whitelist: distinct keys in JavaScript enumeration order, each with how often the whitelist named it.</summary>
    public required (string Key, int Repeat)[] Metadata { get; init; }

    public required bool Stemmed { get; init; }
}
