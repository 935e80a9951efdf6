namespace HealthLibrary.Review;

/// <summary>A topic whose review is overdue, falls due soon, or never happened (<see cref="Due"/> null).</summary>
public sealed record ReviewDue(string File, string Title, DateOnly? LastReviewed, DateOnly? Due, string Status);
