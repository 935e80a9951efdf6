using HealthLibrary.Configuration;

namespace HealthLibrary.Content;

/// <summary>
/// Everything stage 1 read from an input folder, drafts included (the model drops them). FailedFiles are the
/// Markdown files too broken to read; links to them are not reported again, as their own errors fail the build.
/// </summary>
public sealed record LoadedContent(
    SiteConfig Config,
    IReadOnlyDictionary<string, Author> Authors,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<string> Assets,
    MarkdownSyntax Markdown,
    IReadOnlySet<string> FailedFiles);
