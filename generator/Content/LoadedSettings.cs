using HealthLibrary.Configuration;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content;

/// <summary>site.yml and authors.yml as read, with the Markdown pipeline they imply and their problems; kept by serve while their bytes stay.</summary>
internal sealed record LoadedSettings(SiteConfig? Config, IReadOnlyDictionary<string, Author> Authors, MarkdownSyntax? Markdown, IReadOnlyList<Diagnostic> Diagnostics);
