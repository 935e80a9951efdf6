using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content;

/// <summary>What one file's parse gave: the result (a Topic or Page, or null when too broken) and its diagnostics.</summary>
internal sealed record ParsedFile(string Hash, object? Result, IReadOnlyList<Diagnostic> Diagnostics);
