namespace HealthLibrary.Content;

/// <summary>A source a topic cites, shown in its numbered reference list.</summary>
public sealed record Reference(string Title, string Url, string? Publisher, int? Year);
