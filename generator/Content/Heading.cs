namespace HealthLibrary.Content;

/// <summary>A heading of a body, with the id its anchor gets; used for contents lists and link fragments.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);
