namespace HealthLibrary.Search.Lunr;

/// <summary>A built Lunr index, ready to be written as the JSON that <c>lunr.Index.load</c> reads.</summary>
public sealed class LunrIndex
{
    private readonly LunrIndexContent _content;

    internal LunrIndex(LunrIndexContent content)
    {
        _content = content;
    }

    /// <summary>The indexed fields, in the order of the JSON's "fields".</summary>
    public IReadOnlyList<string> Fields => Array.AsReadOnly(_content.Fields);

    /// <summary>The number of distinct terms in the inverted index.</summary>
    public int TermCount => _content.Terms.Length;

    /// <summary>Posting entries, one per (term, document, field): what the index's size grows with.</summary>
    public int PostingCount => _content.EntryTerm.Count;

    /// <summary>The document refs, in the order documents were added.</summary>
    public IReadOnlyList<string> Refs => Array.AsReadOnly(_content.Refs);

    /// <summary>True when the index's search pipeline stems (lunr writes "pipeline": ["stemmer"]).</summary>
    public bool Stemmed => _content.Stemmed;

    /// <summary>The terms in lunr's sorted order (UTF-16 code units), as a split index's vocabulary lists them.</summary>
    public IReadOnlyList<string> SortedTerms => [.. SortedTermIndexes().Select(term => _content.Terms[term])];

    /// <summary>The postings and weights in shards of about <paramref name="targetBytes"/>, by range of <see cref="SortedTerms"/>, each made as it is enumerated.</summary>
    public IEnumerable<LunrPostingShard> WriteShards(int targetBytes) => LunrShardWriter.Write(_content, SortedTermIndexes(), targetBytes);

    private int[] SortedTermIndexes()
    {
        int[] order = [.. Enumerable.Range(0, _content.Terms.Length)];
        Array.Sort(order, (a, b) => string.CompareOrdinal(_content.Terms[a], _content.Terms[b]));
        return order;
    }

    /// <summary>
    /// Streams the index as UTF-8 JSON, the same text as lunr.js's <c>JSON.stringify(idx)</c>.
    /// Writes in chunks as it goes and leaves <paramref name="utf8Json"/> open.
    /// </summary>
    public void WriteJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        LunrIndexJsonWriter.Write(_content, utf8Json);
    }
}
