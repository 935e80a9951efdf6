using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>
/// Resolves <c>include "name"</c> to one of the theme's or the site's templates, by name only: "risk-badge" is the
/// site's layouts/partials/risk-badge.sbn if it has one, else the theme's; "theme/risk-badge" is always the theme's.
/// A name that is not one of them, such as a path out of the theme, is refused, so nothing else is ever read.
/// </summary>
internal sealed class ThemeTemplateLoader(IReadOnlyDictionary<string, Template> templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templates.ContainsKey(templateName))
        {
            return templateName;
        }

        var hint = templateName.Contains("..", StringComparison.Ordinal) || templateName.StartsWith('/') || templateName.Contains('\\')
            ? "an include names a template of the theme or of input/layouts/, never a path outside them"
            : templateName.EndsWith(".sbn", StringComparison.Ordinal)
                ? $"name it without its extension: \"{templateName[..^".sbn".Length]}\""
                : "a partial is named by its file name without partials/ and .sbn, and a theme's original as \"theme/<name>\"";
        throw new ScriptRuntimeException(callerSpan, $"there is no partial '{templateName}' ({hint})");
    }

    /// <summary>Never reached for a name <see cref="GetPath"/> accepts: every template is parsed and cached before a page renders.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"there is no partial '{templatePath}'");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
