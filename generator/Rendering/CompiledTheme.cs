using HandlebarsDotNet;

namespace HealthLibrary.Rendering;

/// <summary>A theme's page templates compiled by Handlebars (each writes to a TextWriter), and the file each template name was taken from.</summary>
public sealed record CompiledTheme(
    IReadOnlyDictionary<string, HandlebarsTemplate<TextWriter, object, object>> Pages,
    IReadOnlyDictionary<string, string> Files);
