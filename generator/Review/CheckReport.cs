using HealthLibrary.Diagnostics;

namespace HealthLibrary.Review;

/// <summary>
/// What <c>check</c> tells a reviewer: the problems (with check's own warnings among them), reviews due, topics
/// citing nothing or citing sources without DOI or PMID, topics without codes, addresses that are not web addresses, and how hard each topic is to read.
/// </summary>
public sealed record CheckReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    int Topics,
    IReadOnlyList<ReviewDue> Reviews,
    IReadOnlyList<UncitedTopic> WithoutReferences,
    IReadOnlyList<AddressProblem> Addresses,
    double? MaxGrade,
    IReadOnlyList<TopicReadability> Readability)
{
    /// <summary>Per topic, the references without DOI or PMID (information for editors, not a warning).</summary>
    public IReadOnlyList<UnidentifiedReferences> WithoutDoiOrPmid { get; init; } = [];

    /// <summary>Topics without clinical codes (information for editors, not a warning).</summary>
    public IReadOnlyList<UncodedTopic> WithoutCodes { get; init; } = [];

    /// <summary>Reviews that fall due within this many days are listed before they are overdue.</summary>
    public const int DueSoonDays = 90;

    /// <summary>Settings still marked "TODO:", as a new library has them; listed for the writer, never counted as warnings.</summary>
    public IReadOnlyList<Placeholder> ToFillIn { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
