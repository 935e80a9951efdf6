using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>The one order of topics: by <c>order</c> (unset last), then title, then slug; the same on every machine.</summary>
public sealed class TopicOrdering : IComparer<Topic>
{
    public static readonly TopicOrdering Instance = new();

    public int Compare(Topic? x, Topic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byOrder = (x.Order ?? int.MaxValue).CompareTo(y.Order ?? int.MaxValue);
        if (byOrder != 0)
        {
            return byOrder;
        }

        var byTitle = CompareTitles(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Slug, y.Slug);
    }

    /// <summary>Case-insensitive first, so "anxiety" sits beside "Anxiety"; then ordinal, so ties are broken.</summary>
    public static int CompareTitles(string x, string y)
    {
        var ignoringCase = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return ignoringCase != 0 ? ignoringCase : string.CompareOrdinal(x, y);
    }
}
