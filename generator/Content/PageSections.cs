using HealthLibrary.Configuration;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content;

/// <summary>Checks a topic's level-2 sections against its page type: a missing required section is an error, a missing recommended one a warning.</summary>
public static class PageSections
{
    public static void Check(PageType type, IReadOnlyList<Heading> headings, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (type.RequiredSections.Count == 0 && type.RecommendedSections.Count == 0)
        {
            return;
        }

        var sections = headings.Where(heading => heading.Level == 2).Select(heading => heading.Text).ToList();
        var present = sections.Select(Normal).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var has = sections.Count == 0 ? "it has no level-2 headings" : "its level-2 headings are: " + string.Join(", ", sections);
        foreach (var section in type.RequiredSections.Where(section => !present.Contains(Normal(section))))
        {
            diagnostics.Error(
                DiagnosticCode.MissingSection,
                location,
                $"a {type.Label} page needs a '## {section}' section; {has}",
                $"add '## {section}' (headings match in any case), or give the topic another type:");
        }

        foreach (var section in type.RecommendedSections.Where(section => !present.Contains(Normal(section))))
        {
            diagnostics.Warning(
                DiagnosticCode.RecommendedSectionMissing,
                location,
                $"a {type.Label} page should have a '## {section}' section; {has}",
                $"readers of {type.Label} pages look for '{section}'; add it when there is something to say");
        }
    }

    /// <summary>A heading as compared: words separated by single spaces.</summary>
    private static string Normal(string heading) => string.Join(' ', heading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
