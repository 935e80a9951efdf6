using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Search;

/// <summary>What the index holds per topic and page, and how much each field counts: the title most.</summary>
public static class SearchFields
{
    public const string Ref = "id";

    public static readonly IReadOnlyList<LunrField> All =
    [
        new("title", 10),
        new("synonyms", 5),
        new("tags", 3),
        new("summary", 2),
        new("headings", 2),
        new("health_risks", 1.5),
        new("body"),
        new("category"),
        new("risk"),
    ];
}
