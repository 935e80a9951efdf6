using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>
/// Scriban's <c>include</c>, whose result is the HTML the included template wrote: already encoded where it printed
/// values, so it is marked <see cref="TrustedHtml"/> and not encoded a second time where it is printed.
/// </summary>
/// <remarks>
/// Most includes stand alone in a tag (<c>{{ include "byline" topic }}</c>), where their result would only be printed
/// at once. Those write straight into the page instead, as the included template goes, where Scriban would make each
/// one's text into a string first: a topic page's dozen includes made most of what templating it allocated.
/// </remarks>
internal sealed class TrustedInclude : IScriptCustomFunction
{
    public static readonly TrustedInclude Instance = new();

    private static readonly IncludeFunction Include = new();

    public int RequiredParameterCount => Include.RequiredParameterCount;

    public int ParameterCount => Include.ParameterCount;

    public ScriptVarParamKind VarParamKind => Include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => Include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is HtmlTemplateContext html && callerContext is ScriptFunctionCall call && IsPrintedWhereCalled(html, call) && arguments.Count > 0)
        {
            var path = html.GetTemplatePathFromName(html.ObjectToString(arguments[0]), call);
            if (path is not null)
            {
                html.IncludeInPlace(html.GetOrCreateTemplate(path, call), arguments, call);
            }

            return null;
        }

        return Render(context, callerContext, arguments, blockStatement);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The included template's HTML as a value, for where it is kept or passed on rather than printed.</summary>
    public static TrustedHtml Render(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    /// <summary>
    /// True when the call is a statement of its own whose result the enclosing block prints straight away: not assigned,
    /// piped or tested, with no named arguments (which Scriban's include sets as variables) and no indenting of lines.
    /// </summary>
    private static bool IsPrintedWhereCalled(HtmlTemplateContext context, ScriptFunctionCall call) =>
        call.Parent is ScriptExpressionStatement { CanOutput: true, Parent: ScriptList<ScriptStatement> { Parent: ScriptBlockStatement } }
        && context.EnableOutput
        && context.CurrentIndent is null
        && !HasNamedArgument(call);

    private static bool HasNamedArgument(ScriptFunctionCall call)
    {
        for (var index = 0; index < call.Arguments.Count; index++)
        {
            if (call.Arguments[index] is ScriptNamedArgument)
            {
                return true;
            }
        }

        return false;
    }
}
