using System.Collections.Frozen;

namespace HealthLibrary.Search.Lunr;

/// <summary>lunr.stopWordFilter: drops lunr's 119 English stop words, compared exactly after lowercasing and trimming.</summary>
public static class LunrStopWordFilter
{
    /// <summary>lunr 2.3.9's stop words, in its order.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and",
        "any", "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could",
        "dear", "did", "do", "does", "either", "else", "ever", "every", "for", "from", "get", "got",
        "had", "has", "have", "he", "her", "hers", "him", "his", "how", "however", "i", "if", "in",
        "into", "is", "it", "its", "just", "least", "let", "like", "likely", "may", "me", "might",
        "most", "must", "my", "neither", "no", "nor", "not", "of", "off", "often", "on", "only",
        "or", "other", "our", "own", "rather", "said", "say", "says", "she", "should", "since", "so",
        "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "tis", "to", "too", "twas", "us", "wants", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your",
    ];

    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when lunr's filter drops the token. Case-sensitive on purpose: tokens are lowercased before they get here.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> token) => SpanLookup.Contains(token);
}
