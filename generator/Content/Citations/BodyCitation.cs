namespace HealthLibrary.Content.Citations;

/// <summary>One id cited by <c>[@id]</c> in a body, at its 1-based line and column in the file.</summary>
public sealed record BodyCitation(string Id, int Line, int Column);
