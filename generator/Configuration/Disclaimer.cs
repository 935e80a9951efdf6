using HealthLibrary.Diagnostics;

namespace HealthLibrary.Configuration;

/// <summary>A named warning text shown on topics; its text is Markdown, written at <see cref="TextLocation"/>.</summary>
public sealed record Disclaimer(string Id, string Title, string Text, SourceLocation TextLocation = default);
