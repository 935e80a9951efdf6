using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace HealthLibrary.Rendering;

/// <summary>
/// Gives each '{{> partial value}}' a binding context Handlebars takes back, by writing it as
/// '{{#healthlib-partial-scope value}}{{> partial}}{{/healthlib-partial-scope}}' before compiling.
/// </summary>
/// <remarks>
/// Handlebars.Net 2.4.3 makes a new binding context for a partial called with a value and never returns it to its
/// pool, so the pool makes another, with three 112-entry tables, for every such call: 35% of all the bytes a
/// 10,000-topic build allocated, because every topic card in a listing is two such calls. A block helper's frame
/// goes back to the pool. The helper's frame holds the same value with the same parent, so '../', '@root' and
/// '@index' inside the partial mean what they meant, and an undefined value fails as it did. A tag alone on its
/// line becomes three lines, each alone on its own, so Handlebars's rules for such lines give the same whitespace.
/// Only a plain partial name with one plain path is rewritten; every other partial call is left as written.
/// </remarks>
public static partial class PartialScopes
{
    public const string HelperName = "healthlib-partial-scope";

    /// <summary>Registers the block helper the rewritten templates call.</summary>
    public static void Register(IHandlebars handlebars) =>
        handlebars.RegisterHelper(HelperName, (EncodedTextWriter writer, BlockHelperOptions options, Context _, Arguments arguments) =>
        {
            var value = arguments.Length > 0 ? arguments[0] : null;
            if (value is UndefinedBindingResult undefined)
            {
                throw new HandlebarsUndefinedBindingException(undefined.Value, undefined);
            }

            options.Template(writer, value);
        });

    /// <summary>The template with each '{{> partial value}}' called through the helper.</summary>
    public static string Rewrite(string template)
    {
        if (!template.Contains("{{>", StringComparison.Ordinal))
        {
            return template;
        }

        var standalone = StandalonePartial().Replace(template, $"{{{{#{HelperName} $3}}}}$4\n$1{{{{> $2}}}}$4\n{{{{/{HelperName}}}}}$4");
        return InlinePartial().Replace(standalone, $"{{{{#{HelperName} $2}}}}{{{{> $1}}}}{{{{/{HelperName}}}}}");
    }

    private const string Name = @"([A-Za-z_][\w\-/]*)";
    private const string Value = @"(this|[A-Za-z_@.][\w\-./@]*)";

    [GeneratedRegex(@"(?m)^([ \t]*)\{\{>[ \t]*" + Name + @"[ \t]+" + Value + @"[ \t]*\}\}[ \t]*(\r?)$")]
    private static partial Regex StandalonePartial();

    [GeneratedRegex(@"(?<!\\)\{\{>[ \t]*" + Name + @"[ \t]+" + Value + @"[ \t]*\}\}")]
    private static partial Regex InlinePartial();
}
