namespace HealthLibrary.Search.Lunr;

/// <summary>One field of an analysed document: its terms, each once in the order the field first has it, and how often.</summary>
internal sealed class LunrFieldTerms
{
    public static LunrFieldTerms Empty { get; } = new(0, [], [], null);

    public LunrFieldTerms(int length, LunrTerm[] terms, int[] frequencies, LunrOccurrences? occurrences)
    {
        Length = length;
        Terms = terms;
        Frequencies = frequencies;
        Occurrences = occurrences;
    }

    /// <summary>Tokens left after the index pipeline: lunr's field length.</summary>
    public int Length { get; }

    public LunrTerm[] Terms { get; }

    /// <summary>Per term of <see cref="Terms"/>: how many of the field's tokens it came from.</summary>
    public int[] Frequencies { get; }

    /// <summary>Where each token is, when the builder keeps token metadata; else null.</summary>
    public LunrOccurrences? Occurrences { get; }
}
