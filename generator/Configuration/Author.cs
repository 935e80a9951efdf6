using HealthLibrary.Diagnostics;

namespace HealthLibrary.Configuration;

/// <summary>A person who writes or reviews topics, from authors.yml; the bio is Markdown, written at <see cref="BioLocation"/>.</summary>
public sealed record Author(string Id, string Name, string? Credentials, string? Bio, string? Url, SourceLocation BioLocation = default);
