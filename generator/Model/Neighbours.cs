using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>The topics before and after one topic in reading order.</summary>
public sealed record Neighbours(Topic? Previous, Topic? Next);
