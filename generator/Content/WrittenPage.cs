using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content;

/// <summary>A topic or a page: a writer's Markdown file that becomes one page of the site.</summary>
public abstract record WrittenPage(
    string SourcePath,
    string DisplayPath,
    string Slug,
    string Title,
    DateOnly? Updated,
    IReadOnlyList<Located<string>> Aliases,
    bool Draft,
    MarkdownBody Body,
    SourceLocation SlugLocation)
{
    /// <summary>The picture shared with a link to this page (front matter <c>image:</c>, a file of assets/), instead of the site's.</summary>
    public Located<string>? Image { get; init; }
}
