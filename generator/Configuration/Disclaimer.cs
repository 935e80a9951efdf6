namespace HealthLibrary.Configuration;

/// <summary>A named warning text shown on topics; its text is Markdown.</summary>
public sealed record Disclaimer(string Id, string Title, string Text);
