namespace HealthLibrary.Search.Lunr;

/// <summary>
/// A term of one builder's index: the text the index pipeline made of a token, and its place in the index. Analysis
/// on any thread meets it through the builder's cache; <see cref="Id"/> is lunr's term index, given by
/// <see cref="LunrIndexBuilder.Add(LunrDocument, double?)"/> on the first document added that has it.
/// </summary>
internal sealed class LunrTerm(string text, int key)
{
    public string Text { get; } = text;

    /// <summary>Numbers the builder's terms in the order analysis met them (on several threads, in no fixed order): a place in scratch arrays.</summary>
    public int Key { get; } = key;

    /// <summary>lunr's term index, or -1 until a document with the term is added.</summary>
    public int Id { get; set; } = -1;
}
