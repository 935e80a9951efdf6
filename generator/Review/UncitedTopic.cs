namespace HealthLibrary.Review;

/// <summary>A published topic with no references: a reviewer cannot check where its claims come from.</summary>
public sealed record UncitedTopic(string File, string Title);
