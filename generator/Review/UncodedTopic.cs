namespace HealthLibrary.Review;

/// <summary>A published topic with no clinical codes: other health systems cannot link to it by code.</summary>
public sealed record UncodedTopic(string File, string Title);
