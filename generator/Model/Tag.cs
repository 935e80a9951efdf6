using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>A tag with its published topics in order; tags whose slugs agree are one tag.</summary>
public sealed record Tag(string Name, string Slug, IReadOnlyList<Topic> Topics);
