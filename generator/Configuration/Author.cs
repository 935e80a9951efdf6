namespace HealthLibrary.Configuration;

/// <summary>A person who writes or reviews topics, from authors.yml.</summary>
public sealed record Author(string Id, string Name, string? Credentials, string? Bio, string? Url);
