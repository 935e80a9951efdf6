namespace HealthLibrary.Content;

/// <summary>The kinds of care card a writer may fence with <c>::: kind</c>, after the NHS service manual, and the words each is labelled with.</summary>
public static class CareCardKind
{
    /// <summary>Each kind and its label, in order of urgency and then the rest; a null label shows no heading.</summary>
    public static readonly IReadOnlyList<(string Kind, string? Label)> All =
    [
        ("non-urgent", "Non-urgent advice:"),
        ("urgent", "Urgent advice:"),
        ("immediate", "Immediate action required:"),
        ("warning", "Important:"),
        ("inset", null),
        ("do", "Do"),
        ("dont", "Don't"),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(kind => kind.Kind).ToList();

    /// <summary>The kind as the site writes it (lower case), for a kind written in any case; null for one that is not a kind.</summary>
    public static string? Find(string? written) =>
        written is null ? null : Names.FirstOrDefault(name => string.Equals(name, written, StringComparison.OrdinalIgnoreCase));

    public static string? LabelOf(string kind) => All.First(entry => entry.Kind == kind).Label;
}
