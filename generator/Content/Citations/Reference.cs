using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content.Citations;

/// <summary>A source a topic cites, in the fields of the NLM (Vancouver) style; shown in its numbered reference list.</summary>
public sealed record Reference(ReferenceType Type, string Title)
{
    /// <summary>The name <c>[@id]</c> cites it by in the body; null when the writer gave none.</summary>
    public string? Id { get; init; }

    /// <summary>Authors as PubMed writes them: surname and initials.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The authors who are people: without the "et al." that closes a list copied from a citation.</summary>
    public IEnumerable<string> People => Authors.Where(author => !author.TrimEnd('.').Equals("et al", StringComparison.OrdinalIgnoreCase));

    public string? Journal { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    public string? Pages { get; init; }

    /// <summary>The organisation behind a web page, guideline, label or book.</summary>
    public string? Publisher { get; init; }

    public int? Year { get; init; }

    public string? Doi { get; init; }

    public string? Pmid { get; init; }

    public string? Url { get; init; }

    /// <summary>When a web source was read, which NLM prints as "[cited ...]".</summary>
    public DateOnly? Accessed { get; init; }

    /// <summary>Where the url was written, so check can point at it.</summary>
    public SourceLocation UrlLocation { get; init; }

    /// <summary>Where the reference starts, for warnings about the reference as a whole.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>The address a reader follows first: the DOI's, then PubMed's, then the url.</summary>
    public string? PrimaryUrl => Doi is { } doi ? DoiUrl(doi) : Pmid is { } pmid ? PubMedUrl(pmid) : Url;

    public static string DoiUrl(string doi) => "https://doi.org/" + doi;

    public static string PubMedUrl(string pmid) => $"https://pubmed.ncbi.nlm.nih.gov/{pmid}/";
}
