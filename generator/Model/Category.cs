using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>A category with its published topics in order.</summary>
public sealed record Category(string Name, string Slug, IReadOnlyList<Topic> Topics);
