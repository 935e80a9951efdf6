using System.Text;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>
/// A site's own template in layouts/, copied from the theme and broken: Handlebars mistakes a writer makes when
/// overriding a template (a partial that includes itself, a block left open, a helper without arguments).
/// </summary>
public static class LayoutMutations
{
    /// <summary>Handlebars a writer might type, each wrong or odd in its own way.</summary>
    private static readonly IReadOnlyList<string> Snippets =
    [
        "{{#if}}x{{/if}}", "{{#unless}}x{{/unless}}", "{{#each}}x{{/each}}", "{{#with}}x{{/with}}", "{{#if page.title}}", "{{/if}}", "{{else}}",
        "{{lookup}}", "{{lookup page}}", "{{lookup page 'title' 'x' 'y'}}", "{{lookup . 1}}", "{{#each 5}}x{{/each}}", "{{#each page.title}}{{this}}{{/each}}",
        "{{> missing}}", "{{#> missing}}fallback{{/missing}}", "{{> (lookup page 'title')}}", "{{> theme/header}}", "{{> theme/missing}}",
        "{{asset}}", "{{asset 1 2 3}}", "{{asset page}}", "{{asset \"../../etc/passwd\"}}", "{{{{raw}}}}x{{{{/raw}}}}", "{{!-- open comment", "{{! }}",
        "{{page.nothing}}", "{{@root.nothing}}", "{{../../../x}}", "{{this.[0]}}", "{{[page]}}", "{{page.title.length}}", "{{#each site}}{{@key}}{{/each}}",
        "{{#*inline \"p\"}}{{> p}}{{/inline}}{{> p}}", "{{log page}}", "{{#if page.title}}{{else if}}{{/if}}", "{{~page.title~}}", "{{{page.title}}}", "{{&page.title}}",
        "{{", "}}", "{{{", "{{#", "{{/", "{{>", "{{#each page.breadcrumbs as |crumb i|}}{{crumb.title}}{{i}}{{/each}}", "{{#each page.breadcrumbs as |a|}}",
        "{{lookup site null}}", "{{> (site.categories)}}", "{{> (page.nothing)}}", "{{#> (page.title)}}{{/page.title}}",
    ];

    public static string Mutate(Random random, Dictionary<string, byte[]> files)
    {
        var theme = FuzzCaseRunner.ThemeFiles.Keys.Where(path => path.StartsWith("templates/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var source = random.Pick(theme);
        var name = source["templates/".Length..];
        var target = "layouts/" + name;
        var lines = Encoding.UTF8.GetString(FuzzCaseRunner.ThemeFiles[source]).Split('\n').ToList();
        var at = random.Next(lines.Count + 1);
        string description;
        switch (random.Next(4))
        {
            case 0:
                // Wrapping the theme's template means {{> theme/name}}; forgetting "theme/" includes itself.
                var partial = Path.GetFileNameWithoutExtension(name);
                lines.Insert(at, $"{{{{> {partial}}}}}");
                description = $"include itself ({{{{> {partial}}}}})";
                break;
            case 1:
                var depth = random.Depth();
                lines.Insert(at, string.Concat(Enumerable.Repeat("{{#if page}}", depth)) + "x" + string.Concat(Enumerable.Repeat("{{/if}}", random.Chance(0.8) ? depth : depth / 2)));
                description = $"{depth} nested #if blocks";
                break;
            default:
                var snippet = random.Pick(Snippets);
                lines.Insert(at, snippet);
                description = $"insert '{snippet}'";
                break;
        }

        files[target] = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return $"{target}: layouts: {description} at line {at + 1}";
    }
}
