using HealthLibrary.Diagnostics;
using HealthLibrary.Input;

namespace HealthLibrary.Rendering;

/// <summary>A template's mistake found while rendering a page: where in the template it is, and what Scriban said.</summary>
public sealed record TemplateFailure(SourceLocation Location, string Cause)
{
    /// <summary>The diagnostic for the mistake, naming the page it broke and how many others it broke too.</summary>
    public Diagnostic Diagnostic(PageJob page, IContentSource input, int otherPages)
    {
        var source = page.SourcePath is null ? "" : $" ({input.DisplayPath(page.SourcePath)})";
        var others = otherPages switch
        {
            0 => "",
            1 => " and 1 other page",
            _ => $" and {otherPages} other pages",
        };
        return new Diagnostic(
            Severity.Error,
            DiagnosticCode.TemplateRender,
            Location,
            $"the '{page.Template}' template failed for {page.Url}{source}{others}: {Cause.TrimEnd('.')}",
            "a template may only use the values and functions of the theme contract (themes/default/README.md)");
    }
}
