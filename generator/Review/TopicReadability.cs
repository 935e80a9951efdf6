namespace HealthLibrary.Review;

/// <summary>The readability of one topic's body, and whether it reads above the site's limit.</summary>
public sealed record TopicReadability(string File, string Title, Readability Figures, bool AboveLimit);
