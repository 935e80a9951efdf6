using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>
/// Scriban's <c>include</c>, whose result is the HTML the included template wrote: already encoded where it printed
/// values, so it is marked <see cref="TrustedHtml"/> and not encoded a second time where it is printed.
/// </summary>
internal sealed class TrustedInclude : IScriptCustomFunction
{
    public static readonly TrustedInclude Instance = new();

    private static readonly IncludeFunction Include = new();

    public int RequiredParameterCount => Include.RequiredParameterCount;

    public int ParameterCount => Include.ParameterCount;

    public ScriptVarParamKind VarParamKind => Include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => Include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml(context.ObjectToString(Include.Invoke(context, callerContext, arguments, blockStatement)) ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
