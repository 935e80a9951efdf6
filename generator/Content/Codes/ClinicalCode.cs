using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content.Codes;

/// <summary>A code from a clinical coding system (ICD-10, SNOMED CT, ...) that a topic is about, for links from other health systems.</summary>
public sealed record ClinicalCode(CodeSystem System, string Code, string? Display, SourceLocation Location);
