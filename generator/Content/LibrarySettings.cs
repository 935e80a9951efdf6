using HealthLibrary.Configuration;

namespace HealthLibrary.Content;

/// <summary>The library's valid settings (site.yml, authors.yml), the Markdown pipeline they imply and its assets: all the theme needs.</summary>
public sealed record LibrarySettings(SiteConfig Config, IReadOnlyDictionary<string, Author> Authors, MarkdownSyntax Markdown, IReadOnlyList<string> Assets);
