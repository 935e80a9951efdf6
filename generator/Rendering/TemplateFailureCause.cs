using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace HealthLibrary.Rendering;

/// <summary>
/// What went wrong while a page rendered, and in which partials. Handlebars.Net wraps a failure in each partial it
/// passes through ("Runtime error while rendering partial 'topic-cards', see inner exception ..."), so a writer was
/// told which page failed but not which file or which mistake.
/// </summary>
internal sealed partial record TemplateFailureCause(IReadOnlyList<string> Partials, string Message)
{
    public static TemplateFailureCause Of(Exception exception)
    {
        var partials = new List<string>();
        var current = exception;
        while (true)
        {
            if (PartialWrapper().Match(current.Message) is { Success: true } wrapper && current.InnerException is { } inner)
            {
                partials.Add(wrapper.Groups["name"].Value);
                current = inner;
            }
            else if (current is TemplateRenderException { InnerException: { } wrapped })
            {
                current = wrapped;
            }
            else if (TooDeep().Match(current.Message) is { Success: true } deep)
            {
                return new TemplateFailureCause(partials, $"partials call one another more than {deep.Groups["limit"].Value} deep; a partial may not call itself without end");
            }
            else
            {
                return new TemplateFailureCause(partials, ThemeTemplates.FirstLine(current.Message));
            }
        }
    }

    /// <summary>A failure inside <paramref name="partial"/>, wrapped as Handlebars.Net wraps its own partials' failures.</summary>
    public static HandlebarsRuntimeException InPartial(string partial, Exception inner) =>
        new($"Runtime error while rendering partial '{partial}', see inner exception for more information", inner);

    /// <summary>The partials from the page template inward, a partial that calls itself named once with a count.</summary>
    public string Within()
    {
        if (Partials.Count == 0)
        {
            return "";
        }

        var steps = new List<string>();
        for (var i = 0; i < Partials.Count;)
        {
            var run = 1;
            while (i + run < Partials.Count && Partials[i + run] == Partials[i])
            {
                run++;
            }

            steps.Add(run == 1 ? $"'{Partials[i]}'" : $"'{Partials[i]}' ({run} deep)");
            i += run;
        }

        return " in partial " + string.Join(", then ", steps);
    }

    [GeneratedRegex("^Runtime error while rendering partial '(?<name>[^']+)', see inner exception")]
    private static partial Regex PartialWrapper();

    [GeneratedRegex("^Runtime error while rendering partial '[^']+', exceeded recursion depth limit of (?<limit>[0-9]+)")]
    private static partial Regex TooDeep();
}
