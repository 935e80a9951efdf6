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

    /// <summary>The number of documents in the index.</summary>
    public int DocumentCount => _content.Refs.Length;

    /// <summary>The number of distinct terms in the inverted index.</summary>
    public int TermCount => _content.Terms.Length;

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
