namespace HealthLibrary.Search.Lunr;

/// <summary>
/// A field's tokens for token metadata: grouped by term in the order of <see cref="LunrFieldTerms.Terms"/>, each
/// group in token order, with the span of each in the lowercased text (-1 for a token from an array) and its index.
/// </summary>
internal sealed record LunrOccurrences(int[] GroupStart, int[] Start, int[] Length, int[] TokenIndex);
