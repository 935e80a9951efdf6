namespace HealthLibrary.Tests.Fuzz;

/// <summary>A case that broke a rule: its number, the kind of failure (to report each kind once) and the report.</summary>
public sealed record FuzzFailure(int Number, string Kind, string Report, bool Hang);
