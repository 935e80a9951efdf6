using HandlebarsDotNet;

namespace HealthLibrary.Rendering;

/// <summary>
/// A theme's page templates compiled by Handlebars (each writes to a TextWriter), the file each template name was
/// taken from, and whether the layout places the page's content only once, unescaped (see ThemeTemplates.RenderPage).
/// </summary>
public sealed record CompiledTheme(
    IReadOnlyDictionary<string, HandlebarsTemplate<TextWriter, object, object>> Pages,
    IReadOnlyDictionary<string, string> Files,
    bool ContentPlacedOnce);
