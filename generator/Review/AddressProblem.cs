using HealthLibrary.Diagnostics;

namespace HealthLibrary.Review;

/// <summary>An address in a reference or a link that is not a valid web address, where it was written and why.</summary>
public sealed record AddressProblem(SourceLocation Location, string Url, string Problem);
