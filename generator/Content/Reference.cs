using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content;

/// <summary>A source a topic cites, shown in its numbered reference list.</summary>
public sealed record Reference(string Title, string Url, string? Publisher, int? Year)
{
    /// <summary>Where the url was written, so check can point at it.</summary>
    public SourceLocation UrlLocation { get; init; }
}
