namespace HealthLibrary.Content;

/// <summary>A link or image address written in a body, with its 1-based line and column.</summary>
public sealed record BodyLink(string Url, int Line, int Column, bool IsImage);
