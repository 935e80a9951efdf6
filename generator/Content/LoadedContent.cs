using HealthLibrary.Configuration;

namespace HealthLibrary.Content;

/// <summary>Everything stage 1 read from an input folder, drafts included (the model drops them).</summary>
public sealed record LoadedContent(
    SiteConfig Config,
    IReadOnlyDictionary<string, Author> Authors,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<string> Assets,
    MarkdownSyntax Markdown);
