using HealthLibrary.Diagnostics;

namespace HealthLibrary.Yaml;

/// <summary>A value read from a writer's file together with where it was written.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
