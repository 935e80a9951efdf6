using System.Text;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Tests.Fuzz;
using HealthLibrary.Tests.Support;
using HealthLibrary.Yaml;

namespace HealthLibrary.Tests.Content;

/// <summary>
/// The simple YAML reader against YamlDotNet, its oracle: whatever it reads, YamlDotNet reads to the same nodes at the
/// same places without a message; what it declines, YamlDotNet reads as before.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    [Fact]
    public void Reads_every_front_matter_and_settings_file_of_the_repository_as_YamlDotNet_does()
    {
        var read = 0;
        foreach (var (text, firstLine, display) in RepositoryYaml())
        {
            read += Compare(text, firstLine, display) ? 1 : 0;
        }

        // Most of the sample library's pages and the tests' sites are in the simple shape; its topics' codes are flow mappings.
        Assert.True(read >= 20, $"only {read} files were read without YamlDotNet");
    }

    [Fact]
    public void Reads_the_benchmark_corpus_without_YamlDotNet_when_it_is_there()
    {
        var corpus = Path.Combine(Repository.Root, "bench", "work", "corpus-10000", "topics");
        if (!Directory.Exists(corpus))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(2000))
        {
            var split = FrontMatter.Split(File.ReadAllText(path), path, new DiagnosticBag())!;
            Assert.True(Compare(split.Yaml, split.YamlFirstLine, path), $"{path} was left to YamlDotNet");
        }
    }

    [Fact]
    public void Reads_hostile_values_in_every_place_as_YamlDotNet_does_or_declines_them()
    {
        string[] extra =
        [
            "plain words", "trailing spaces   ", "a:b", "a :b", "C#", "a # b", "x:", "a, b", "[a]", "x]", "...", "--- x", "a -b", "'a' b",
            "\"a\" b", "\"\"", "''", "'it''s'", "\"say \\\"hi\\\"\"", "https://example.org/a?b=c#d", "2019-04-11", "ü: x", "a  b", " ",
            "{a: b}", "!x", "*x", "&x y", "|", ">", "%x", "@x", "`x", "?", "? x", "-", "- x", "-x", "1.5", "'unterminated", "\"un",
        ];
        var values = HostileValues.All.SelectMany(list => list).Concat(extra).Distinct().ToList();
        var accepted = 0;
        foreach (var value in values)
        {
            string[] shapes =
            [
                $"key: {value}\n",
                $"key: {value}\nnext: x\n",
                $"key:\n  - {value}\n  - b\n",
                $"key:\n- {value}\nnext: x\n",
                $"key: [{value}]\n",
                $"key: [a, {value}, b]\n",
                $"refs:\n  - title: {value}\n    url: x\n  - title: y\n",
                $"a: x\n{value}\n",
                $"{value}: x\n",
                $"a:\n  {value}: x\n  b: y\n",
                $"a: x\n  {value}\n",
                $"- {value}\n- x\n",
                $"key: x\n\n  \nnext: {value}\n",
                $"key: {value} # comment\n",
                $"key: [{value}] # comment\n",
                $"key:  # comment\n  - {value} # comment\n  # comment\n  - x\n",
                $"# {value}\nkey: x\n",
            ];
            foreach (var shape in shapes)
            {
                accepted += Compare(shape, 3, "hostile.md") ? 1 : 0;
            }
        }

        Assert.True(accepted > values.Count, $"only {accepted} shapes were read without YamlDotNet");
    }

    [Theory]
    [InlineData("title: A\n", true)]
    [InlineData("title: \"A\"\ntags: [a, b]\nlist:\n  - x\n  - \"y\"\nrefs:\n  - title: t\n    url: https://e.org/x\n", true)]
    [InlineData("a:\n  b:\n    c: d\n  e: f\ng: h\n", true)]
    [InlineData("title: A # comment\n", true)]
    [InlineData("# comment\ntitle: A\n", true)]
    [InlineData("title: A#not a comment\ntags: [a]  # one\nlist:   # below\n  - \"x\" # x\n", true)]
    [InlineData("title: \"A\"# not a comment\n", false)]
    [InlineData("codes:\n  - { system: icd10cm, code: F32 }\n", false)]
    [InlineData("title: A\ntitle: B\n", false)]
    [InlineData("title: A\n  more\n", false)]
    [InlineData("title: \"a\\nb\"\n", false)]
    [InlineData("title: &a x\nother: *a\n", false)]
    [InlineData("summary: >\n  folded\n", false)]
    [InlineData("", false)]
    public void Declines_what_is_not_in_the_simple_shape(string yaml, bool simple)
    {
        Assert.Equal(simple, SimpleYamlReader.TryRead(yaml, "a.md", 2) is not null);
        Compare(yaml, 2, "a.md");
    }

    /// <summary>True when the simple reader read the text; it must then agree with YamlDotNet exactly.</summary>
    private static bool Compare(string text, int firstLine, string display)
    {
        var simple = SimpleYamlReader.TryRead(text, display, firstLine);
        if (simple is null)
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        var full = YamlDocumentReader.ReadWithYamlDotNet(text, display, firstLine, diagnostics);
        Assert.True(diagnostics.ToSortedList().Count == 0, $"YamlDotNet reported a problem in text the simple reader read:\n{text}\n{string.Join("\n", diagnostics.ToSortedList().Select(d => d.Message))}");
        Assert.True(full is not null, $"YamlDotNet read nothing from:\n{text}");
        Assert.Equal(Dump(full), Dump(simple));
        return true;
    }

    private static string Dump(YamlNode node)
    {
        var builder = new StringBuilder();
        Dump(node, builder, 0);
        return builder.ToString();
    }

    private static void Dump(YamlNode node, StringBuilder builder, int depth)
    {
        builder.Append(' ', depth * 2).Append($"{node.Location.File}:{node.Location.Line}:{node.Location.Column} ");
        switch (node)
        {
            case YamlScalar scalar:
                builder.Append(scalar.IsPlain ? "plain " : "quoted ").Append('<').Append(scalar.Value).Append(">\n");
                break;
            case YamlSequence sequence:
                builder.Append("list\n");
                foreach (var item in sequence.Items)
                {
                    Dump(item, builder, depth + 1);
                }

                break;
            case YamlMapping mapping:
                builder.Append("map\n");
                foreach (var entry in mapping.Entries)
                {
                    Dump(entry.Key, builder, depth + 1);
                    Dump(entry.Value, builder, depth + 2);
                }

                break;
        }
    }

    /// <summary>Every YAML file and Markdown front matter under input/, starter/ and tests/.</summary>
    private static IEnumerable<(string Text, int FirstLine, string Display)> RepositoryYaml()
    {
        foreach (var folder in new[] { "input", "starter", "tests" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (path.Contains("/node_modules/", StringComparison.Ordinal) || path.Contains("/bin/", StringComparison.Ordinal) || path.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }

                if (path.EndsWith(".yml", StringComparison.Ordinal))
                {
                    yield return (File.ReadAllText(path), 1, path);
                }
                else if (path.EndsWith(".md", StringComparison.Ordinal) && File.ReadAllText(path) is var text && text.StartsWith("---\n", StringComparison.Ordinal)
                    && FrontMatter.Split(text, path, new DiagnosticBag()) is { } split)
                {
                    yield return (split.Yaml, split.YamlFirstLine, path);
                }
            }
        }
    }
}
