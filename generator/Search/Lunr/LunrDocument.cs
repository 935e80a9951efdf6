namespace HealthLibrary.Search.Lunr;

/// <summary>
/// A document run through lunr's tokenizer and index pipeline by <see cref="LunrIndexBuilder.Analyze"/>, on any
/// thread, ready for <see cref="LunrIndexBuilder.Add(LunrDocument, double?)"/> of the same builder.
/// </summary>
public sealed class LunrDocument
{
    internal LunrDocument(LunrIndexBuilder builder, string reference, LunrFieldTerms[] fields)
    {
        Builder = builder;
        Ref = reference;
        Fields = fields;
    }

    internal LunrIndexBuilder Builder { get; }

    /// <summary>The document's ref.</summary>
    public string Ref { get; }

    /// <summary>Per field, in the order of <see cref="LunrIndexBuilder.Fields"/>.</summary>
    internal LunrFieldTerms[] Fields { get; }
}
