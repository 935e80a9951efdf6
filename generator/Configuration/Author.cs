using HealthLibrary.Diagnostics;

namespace HealthLibrary.Configuration;

/// <summary>A person who writes or reviews topics, from authors.yml; the bio is Markdown, written at <see cref="BioLocation"/>.</summary>
public sealed record Author(string Id, string Name, string? Credentials, string? Bio, string? Url, SourceLocation BioLocation = default)
{
    /// <summary>An invented person (authors.yml <c>fictional: true</c>): bylines say so, so no page passes off made-up review as real.</summary>
    public bool Fictional { get; init; }
}
