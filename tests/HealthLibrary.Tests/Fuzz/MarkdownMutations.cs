using System.Text;
using System.Text.RegularExpressions;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>Hostile Markdown: deep nesting, giant tables, links to odd places, headings and footnotes that collide.</summary>
public static partial class MarkdownMutations
{
    /// <summary>Link targets a writer could type, each odd for the link checker, the rewriter or a browser.</summary>
    public static readonly IReadOnlyList<string> LinkTargets =
    [
        "../../../x.md", "../../../../../../../../etc/passwd", "#", "##", "#fn:1", "#fnref:1", "#one", "beta.md#", "beta.md#two#three", "beta.md?x=1#two",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "data:text/html,<script>x</script>",
        "vbscript:x", "file:///etc/passwd", "%2e%2e/%2e%2e/x.md", "%2e%2e/beta.md", "%2fetc%2fpasswd", "/etc/passwd", "/", "//", "///x", "//evil.example/",
        "C:\\x.md", "\\\\server\\x.md", "..\\..\\x.md", "<>", "<a b.md>", "<beta.md>", "ünï.md", "ünï%20code.md", "%", "%zz", "%00.md", "%ff.md", ".", "..",
        "./", "../", "...", ".md", "beta.MD", "BETA.md", "beta.md%23two", "mailto:", "mailto:a@b", "tel:+1", "http://", "https://", "https://[::1",
        "?", "?#", "beta.md?", "../assets/logo.svg#x", "../assets/", "../../assets/logo.svg", "assets/logo.svg", "/assets/logo.svg", "topics/", "../pages/about.md",
        "../pages/editorial-policy.md#how-we-review", "../topics/", "alpha.md#one", "gamma.md#", "%E2%80%AE.md", "\u202E.md", "a\u0000b.md", "\t", " ",
    ];

    public static string Mutate(Random random, FuzzFile file, bool linksOnly = false)
    {
        if (!file.IsMarkdown)
        {
            return MutateMarkdownValue(random, file);
        }

        var lines = file.Lines();
        var (start, end) = file.BodyLines();
        var at = random.Next(Math.Min(start, lines.Count), Math.Max(end, start) + 1);
        var (snippet, description) = linksOnly ? Link(random) : Snippet(random);
        lines.InsertRange(Math.Min(at, lines.Count), snippet.Split('\n'));
        file.SetLines(lines);
        return $"markdown: insert {description} at line {at + 1}";
    }

    /// <summary>A piece of hostile Markdown and what it is.</summary>
    public static (string Text, string Description) Snippet(Random random)
    {
        var depth = random.Depth();
        var target = random.Pick(LinkTargets);
        switch (random.Next(17))
        {
            case 0:
                // Indentation grows quadratically, so nesting lists by indentation stays shallower.
                var listDepth = Math.Min(depth, 300);
                var list = Enumerable.Range(0, listDepth).Select(i => new string(' ', 2 * i) + (i % 2 == 0 ? "- item" : "1. item"));
                return (string.Join('\n', list), $"a list nested {listDepth} deep by indentation");
            case 1:
                return (string.Concat(Enumerable.Repeat(random.Pick(["- ", "* ", "1. ", "> ", "- > ", "+ [ ] "]), depth)) + "x", $"{depth} nested containers on one line");
            case 2:
                var quoteDepth = Math.Min(depth, 500);
                return (string.Join('\n', Enumerable.Range(1, quoteDepth).Select(i => new string('>', i) + " quote")), $"quotes deepening to {quoteDepth}");
            case 3:
                return (new string('[', depth) + "x" + new string(']', depth) + $"({target})", $"brackets nested {depth} deep");
            case 4:
                return ($"[a](" + new string('(', depth) + new string(')', depth) + ")", $"a link with {depth} nested parentheses");
            case 5:
                var mark = random.Pick(["*", "**", "_", "__", "~~", "~", "^", "==", "++", "`"]);
                var emphasis = new StringBuilder();
                for (var i = 0; i < depth; i++)
                {
                    emphasis.Append(mark).Append('a').Append(i % 2 == 0 ? " " : "");
                }

                return (emphasis.ToString() + new string('*', random.Chance(0.5) ? depth : 0), $"{depth} runs of '{mark}'");
            case 6:
                var nested = new StringBuilder("x");
                for (var i = 0; i < Math.Min(depth, 5000); i++)
                {
                    nested.Insert(0, "[").Append($"]({target})");
                }

                return (nested.ToString(), $"links inside links {Math.Min(depth, 5000)} deep to '{target}'");
            case 7:
                // Wide or long, but not both: tens of thousands of cells test the parser, millions only the clock.
                var columns = random.Pick([1, 2, 50, 500, 3000]);
                var rows = Math.Min(random.Pick([0, 1, 10, 1000]), 30_000 / columns);
                var table = new StringBuilder();
                table.Append('|').Append(string.Concat(Enumerable.Range(0, columns).Select(c => $" h{c} |"))).Append('\n');
                table.Append('|').Append(string.Concat(Enumerable.Repeat(random.Pick([" --- |", ":--|", "--:|", ":-:|", "-|"]), columns))).Append('\n');
                for (var r = 0; r < rows; r++)
                {
                    var cells = random.Chance(0.8) ? columns : random.Next(columns * 2 + 1);
                    table.Append('|').Append(string.Concat(Enumerable.Range(0, cells).Select(c => c % 7 == 0 ? $" [l]({target}) |" : $" {r}.{c} |"))).Append('\n');
                }

                return (table.ToString(), $"a pipe table of {columns} columns and {rows} rows");
            case 8:
                var width = random.Pick([1, 3, 40, 400]);
                var border = "+" + string.Concat(Enumerable.Repeat("---+", width));
                var grid = new StringBuilder(border).Append('\n');
                for (var r = 0; r < random.Pick([0, 1, 5, 200]); r++)
                {
                    grid.Append('|').Append(string.Concat(Enumerable.Repeat(random.Chance(0.9) ? " x |" : " x  ", width))).Append('\n');
                    grid.Append(random.Chance(0.8) ? border : border[..^random.Next(1, border.Length)]).Append('\n');
                }

                if (random.Chance(0.3))
                {
                    grid.Append("+===+\n| - a\n  - b |\n+---+");
                }

                return (grid.ToString(), $"a grid table {width} wide");
            case 9:
                return Link(random);
            case 10:
                var heading = random.Pick(["# Title", "## One", "## two", "## Two", "## fn:1", "## fnref:1", "##", "## !!!", "## ***", "## Ünï", "## " + new string('h', random.Length()), "Setext\n===", "Setext\n---", "#### #", "## [l](#one)"]);
                return (string.Join("\n\n", Enumerable.Repeat(heading, random.Pick([1, 2, 50]))), $"headings '{heading.Split('\n')[0][..Math.Min(20, heading.Split('\n')[0].Length)]}'");
            case 11:
                var footnote = random.Pick(["[^1]", "[^1]\n\n[^1]: note", "[^1]\n\n[^1]: [^1]", "[^1]: [^2]\n[^2]: [^1]", "[^]", "[^ ]: x", "[^1]\n\n[^1]:\n    > - deep", "[^a]\n\n[^a]: [x](#fn:a)"]);
                return (footnote, "footnotes");
            case 12:
                var fence = random.Pick(["```", "~~~", "````", "```\n```", "```js\n<script>", "    indented code", "<!--", "-->", "<div>", "</div>", "<script>alert(1)</script>", "<?php ?>", "<![CDATA[x]]>", "&#0;", "&#xD800;", "&#99999999;", "&nbsp", "\\"]);
                return (fence, $"'{fence.Split('\n')[0]}'");
            case 13:
                var definitions = random.Pick(["Term\n: Definition", "Term\n:", ":\n: x", "Term\n: - list\n:   > quote", "- [ ] task\n- [x] done\n- [X]", "- [ ]", "1) a\n2) b", "a) x\nb) y", "i. x\nii. y"]);
                return (string.Join("\n\n", Enumerable.Repeat(definitions, random.Pick([1, 10]))), "definition and task lists");
            case 14:
                var repeats = random.Chance(0.1) ? 20000 : random.Pick([10, 100, 1000]);
                var unit = random.Pick(["*", "_", "[", "](", "<", "`", "\\", "&", "![", "[^", "|", ":", "~", "#", "*a", "a*", "[a]", "<a", "](x)"]);
                return (string.Concat(Enumerable.Repeat(unit, repeats)), $"'{unit}' {repeats} times");
            case 15:
                return CareCards(random, depth);
            default:
                var control = random.Pick(["\u0000", "\u000B", "\u000C", "\u001B[31m", "\u2028", "\u2029", "\uFEFF", "\u202E", "\uFFFF", "\uD800", "\r"]);
                return ($"text{control}more{control}", $"control character U+{(int)control[0]:X4}");
        }
    }

    /// <summary>Care cards: nested, left open, of unknown kinds, with odd fences and headings.</summary>
    private static (string Text, string Description) CareCards(Random random, int depth)
    {
        var kind = random.Pick(["urgent", "immediate", "do", "dont", "inset", "warning", "non-urgent", "urgant", "URGENT", "", "<script>", "ünï", "``", "{.x}"]);
        switch (random.Next(4))
        {
            case 0:
                var levels = Math.Min(depth, 300);
                var opening = Enumerable.Range(0, levels).Select(i => new string(':', 3 + levels - i) + " " + kind);
                var closing = Enumerable.Range(0, random.Chance(0.5) ? levels : levels / 2).Select(i => new string(':', 4 + i));
                return (string.Join('\n', opening) + "\nx\n" + string.Join('\n', closing), $"cards '{kind}' nested {levels} deep");
            case 1:
                return ($"::: {kind}\n- [link]({random.Pick(LinkTargets)})", $"a card '{kind}' never closed");
            case 2:
                return ($"- ::: {kind}\n  > ::: {kind} heading <b>x</b>\n  > text\n  :::\n:::", $"cards '{kind}' in a list and a quote");
            default:
                return (string.Concat(Enumerable.Repeat($"::: {kind}\n", Math.Min(depth, 2000))), $"{Math.Min(depth, 2000)} cards opened, none closed");
        }
    }

    /// <summary>A link of one of Markdown's forms to an odd target.</summary>
    public static (string Text, string Description) Link(Random random)
    {
        var target = random.Pick(LinkTargets);
        var text = random.Pick(["link", "", " ", "![img]()", "`code`", "<b>x</b>", "[^1]"]);
        var link = random.Pick([$"[{text}]({target})", $"![{text}]({target})", $"<{target}>", $"[{text}]({target} \"title\")", $"[{text}][ref]\n\n[ref]: {target}", $"[{text}]\n\n[{text}]: {target}", $"www.{target}", $"[{text}](<{target}>)"]);
        return (link, $"a link to '{target}'");
    }

    /// <summary>Markdown in a settings file: a disclaimer's text, an author's bio or the site description.</summary>
    private static string MutateMarkdownValue(Random random, FuzzFile file)
    {
        var lines = file.Lines();
        var candidates = Enumerable.Range(0, lines.Count).Where(i => MarkdownKey().IsMatch(lines[i])).ToList();
        if (candidates.Count == 0)
        {
            return "markdown: no Markdown values";
        }

        var at = random.Pick(candidates);
        var match = MarkdownKey().Match(lines[at]);
        var indent = new string(' ', match.Groups["head"].Length + 2);
        var (snippet, description) = Snippet(random);
        var block = string.Join('\n', snippet.Split('\n').Select(line => indent + line));
        var end = at + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end].StartsWith(indent, StringComparison.Ordinal)))
        {
            end++;
        }

        lines.RemoveRange(at, end - at);
        lines.Insert(at, $"{match.Groups["head"].Value}{match.Groups["key"].Value}: |\n{block}");
        file.SetLines(lines);
        return $"markdown: set {match.Groups["key"].Value} (line {at + 1}) to {description}";
    }

    [GeneratedRegex(@"^(?<head>\s*)(?<key>text|bio|description):")]
    private static partial Regex MarkdownKey();
}
