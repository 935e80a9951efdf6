using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>
/// <c>{{ include_cached "name" value }}</c>: a partial whose HTML depends only on the value it is given, made once for
/// each value and written again wherever the same value is shown (Hugo's partialCached). A topic's card stands on its
/// category's, risk level's, authors' and tags' pages and beside related topics, eight places on average.
/// </summary>
/// <remarks>
/// The partial renders in a context of its own that holds no page's data, only its value as <c>$1</c>, the theme's
/// functions and <c>site</c>, which is the same on every page of a build, so what it makes for one page is right on
/// every other. The header and footer, which show only the site, are made once that way. Values are remembered by reference for as long
/// as they live: the views of one build share each topic's card, and a card made for another build is another value.
/// </remarks>
internal sealed class CachedInclude : IScriptCustomFunction
{
    public const string Name = "include_cached";

    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "name" : "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 2 || arguments[0] is not string name || context is not HtmlTemplateContext html)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{Name} takes a partial's name in quotes and one value: {{{{ {Name} \"topic-card\" card }}}}");
        }

        var value = arguments[1];
        if (value is null)
        {
            return Render(html, callerContext, name, null);
        }

        var made = html.Theme.CachedPartials.GetOrAdd(name, _ => new ConditionalWeakTable<object, TrustedHtml>());
        if (made.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var rendered = Render(html, callerContext, name, value);
        made.AddOrUpdate(value, rendered);
        return rendered;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static TrustedHtml Render(HtmlTemplateContext context, ScriptNode? callerContext, string name, object? value)
    {
        var isolated = context.IsIsolated ? context : context.Theme.IsolatedContext();
        if (!context.IsIsolated)
        {
            isolated.ShowSite(context.Site);
        }

        try
        {
            return TrustedInclude.Render(isolated, callerContext, [name, value], null);
        }
        catch when (!context.IsIsolated)
        {
            // A failure can leave scopes pushed; the next partial gets a fresh context.
            context.Theme.DiscardIsolatedContext();
            throw;
        }
    }
}
