namespace HealthLibrary.Search.Lunr;

/// <summary>One shard of a split index: the postings and field-vector weights of a run of terms in lunr's sorted order.</summary>
/// <param name="FirstTerm">The position of its first term in <see cref="LunrIndex.SortedTerms"/>.</param>
/// <param name="TermCount">How many terms it holds, from <paramref name="FirstTerm"/> on.</param>
/// <param name="Json">The shard as UTF-8 JSON (see <see cref="LunrShardWriter"/> for the layout).</param>
public sealed record LunrPostingShard(int FirstTerm, int TermCount, byte[] Json);
