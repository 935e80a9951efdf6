using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>A Markdown file other files may link to: its address once published, and its heading ids.</summary>
public sealed record LinkTarget(string SourcePath, string DisplayPath, string Url, MarkdownBody Body, bool Draft);
