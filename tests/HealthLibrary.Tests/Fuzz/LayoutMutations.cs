using System.Text;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>
/// A site's own template in layouts/, copied from the theme and broken: Scriban mistakes a writer makes when
/// overriding a template (a partial that includes itself, a block left open, a function without arguments).
/// </summary>
public static class LayoutMutations
{
    /// <summary>Scriban a writer might type, each wrong or odd in its own way.</summary>
    private static readonly IReadOnlyList<string> Snippets =
    [
        "{{ if }}x{{ end }}", "{{ for }}x{{ end }}", "{{ for x in }}x{{ end }}", "{{ with }}x{{ end }}", "{{ if page.title }}", "{{ end }}", "{{ else }}",
        "{{ page[1] }}", "{{ page[\"title\"] }}", "{{ page.title[0] }}", "{{ for x in 5 }}{{ x }}{{ end }}", "{{ for x in page.title }}{{ x }}{{ end }}",
        "{{ include \"missing\" }}", "{{ include }}", "{{ include page.title }}", "{{ include \"theme/header\" }}", "{{ include \"theme/missing\" }}",
        "{{ include \"../site.yml\" }}", "{{ include \"/etc/passwd\" }}", "{{ include_cached }}", "{{ include_cached \"topic-card\" }}",
        "{{ asset }}", "{{ asset 1 2 3 }}", "{{ asset page }}", "{{ asset \"../../etc/passwd\" }}", "{{ ## open comment", "{{ # }}",
        "{{ page.nothing }}", "{{ nothing }}", "{{ $1.title }}", "{{ $x }}", "{{ for.index }}", "{{ page.title.size }}", "{{ for x in site }}{{ x }}{{ end }}",
        "{{ func f; ret f; end; f }}", "{{ while true }}{{ end }}", "{{ for x in 1..10000000 }}{{ end }}", "{{ page.json_ld.html }}", "{{ site.title = 1 }}",
        "{{", "}}", "{{{", "{{ (", "{{ end", "{{ capture x }}<b>{{ page.title }}</b>{{ end }}{{ x }}", "{{ object.eval \"1 +\" }}",
        "{{ date.parse page.title }}", "{{ page.title | string.slice 5 1000000000 }}", "{{ 1 / 0 }}", "{{ \"x\" * 100000000 }}", "{{ import page }}",
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
                // Wrapping the theme's template means include "theme/name"; forgetting "theme/" includes itself.
                var partial = Path.GetFileNameWithoutExtension(name);
                lines.Insert(at, $"{{{{ include \"{partial}\" $1 }}}}");
                description = $"include itself ({{{{ include \"{partial}\" }}}})";
                break;
            case 1:
                var depth = random.Depth();
                lines.Insert(at, string.Concat(Enumerable.Repeat("{{ if page }}", depth)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", random.Chance(0.8) ? depth : depth / 2)));
                description = $"{depth} nested if blocks";
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
