using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content;

/// <summary>A page that is not a topic (about, editorial policy), served at /&lt;slug&gt;/.</summary>
public sealed record Page(
    string SourcePath,
    string DisplayPath,
    string Slug,
    string Title,
    string? Summary,
    DateOnly? Updated,
    IReadOnlyList<Located<string>> Aliases,
    bool Draft,
    MarkdownBody Body,
    SourceLocation SlugLocation)
    : WrittenPage(SourcePath, DisplayPath, Slug, Title, Updated, Aliases, Draft, Body, SlugLocation);
