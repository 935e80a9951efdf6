namespace HealthLibrary.Review;

/// <summary>A topic's references that have neither DOI nor PMID, which an editor cannot check against PubMed in one step.</summary>
public sealed record UnidentifiedReferences(string File, string Title, IReadOnlyList<string> References, int Total);
