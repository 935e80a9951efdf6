using HealthLibrary.Diagnostics;

namespace HealthLibrary.Review;

/// <summary>A setting still marked "TODO:" (a value or a comment), listed by <c>check</c> until the writer fills it in.</summary>
public sealed record Placeholder(SourceLocation Location, string Text);
