using System.Text;
using System.Text.RegularExpressions;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>Damage to YAML structure: values of the wrong kind, shape or size, anchors, tags, odd keys, deep nesting.</summary>
public static partial class YamlMutations
{
    /// <summary>
    /// One mutation. <paramref name="typed"/> keeps to values of the kind each key expects, which YAML and the
    /// type checks let through, so they reach the checks that span files and the renderer.
    /// </summary>
    public static string Mutate(Random random, FuzzFile file, SeedSite site, bool typed = false)
    {
        var lines = file.Lines();
        var (start, end) = file.YamlLines();
        var entries = Enumerable.Range(start, Math.Max(0, end - start)).Where(i => Entry().IsMatch(lines[i])).ToList();
        if (entries.Count == 0)
        {
            var line = $"{random.Pick(HostileValues.Keys)}: {HostileValues.Any(random)}";
            lines.Insert(Math.Min(start, lines.Count), line);
            file.SetLines(lines);
            return $"yaml: no entries, insert '{Shorten(line)}'";
        }

        var at = random.Pick(entries);
        var match = Entry().Match(lines[at]);
        var (head, key, value) = (match.Groups["head"].Value, match.Groups["key"].Value, match.Groups["value"].Value);
        var indent = new string(' ', match.Groups["head"].Length + 2);
        string description;
        switch (typed ? random.Pick([1, 12]) : random.Next(14))
        {
            case 0:
                var hostile = HostileValues.Any(random);
                lines[at] = Entry(head, key, hostile);
                description = $"set {key} (line {at + 1}) to '{Shorten(hostile)}'";
                break;
            case 1:
                var kindOf = HostileValues.For(key, random);
                lines[at] = Entry(head, key, kindOf);
                description = $"set {key} (line {at + 1}) to '{Shorten(kindOf)}'";
                break;
            case 12:
            case 13:
                // A sibling of an existing entry: the same indentation, without the list item's dash.
                var added = random.Pick(HostileValues.Keys.Where(k => k.Length > 0 && char.IsLetter(k[0])).ToList());
                var addedValue = HostileValues.For(added, random);
                var sibling = new string(' ', head.Length);
                var existing = entries.FirstOrDefault(i => Entry().Match(lines[i]) is var m && m.Groups["key"].Value == added && m.Groups["head"].Length == head.Length, -1);
                if (existing >= 0)
                {
                    // Set twice is its own mutation; here the point is a value that reaches the key's check.
                    lines[existing] = Entry(Entry().Match(lines[existing]).Groups["head"].Value, added, addedValue);
                    description = $"set {added} (line {existing + 1}) to '{Shorten(addedValue)}'";
                    break;
                }

                lines.Insert(at + 1, Entry(sibling, added, addedValue));
                description = $"add {added}: '{Shorten(addedValue)}' after line {at + 1}";
                break;
            case 2:
                var (block, what) = Block(random, indent);
                lines[at] = Entry(head, key, block);
                description = $"set {key} (line {at + 1}) to {what}";
                break;
            case 3:
                var depth = random.Depth();
                var (flow, shape) = random.Next(4) switch
                {
                    0 => (new string('[', depth) + new string(']', depth), "list"),
                    1 => (string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth), "map"),
                    2 => (string.Concat(Enumerable.Repeat("[{a: ", depth)) + "x" + string.Concat(Enumerable.Repeat("}]", depth)), "list-and-map"),
                    _ => (new string('[', depth), "unclosed list"),
                };
                lines[at] = Entry(head, key, flow);
                description = $"set {key} (line {at + 1}) to a {shape} nested {depth} deep";
                break;
            case 4:
                var length = random.Length();
                var text = random.Chance(0.5) ? new string('x', length) : string.Concat(Enumerable.Repeat("word ", length / 5 + 1));
                lines[at] = Entry(head, key, random.Chance(0.3) ? $"\"{text}\"" : text);
                description = $"set {key} (line {at + 1}) to {text.Length} characters";
                break;
            case 5:
                description = Anchors(random, lines, entries, at);
                break;
            case 6:
                var tag = random.Pick(["!!str", "!!int", "!!map", "!!seq", "!!binary", "!!null", "!custom", "!<tag:x>", "!!python/object:os.system", "!e!x"]);
                lines[at] = Entry(head, key, $"{tag} {value}");
                description = $"tag {key} (line {at + 1}) with {tag}";
                break;
            case 7:
                var complex = random.Pick([$"? {key}\n{Pad(head)}: {value}", $"? [{key}, b]\n{Pad(head)}: {value}", $"? {{{key}: 1}}\n{Pad(head)}: {value}", $"? |\n{indent}{key}\n{Pad(head)}: {value}", $"[{key}]: {value}", $"{{{key}: 1}}: {value}"]);
                lines[at] = head + complex;
                description = $"make {key} (line {at + 1}) a complex key";
                break;
            case 8:
                var copy = random.Next(start, Math.Max(start + 1, end));
                lines.Insert(Math.Min(copy, lines.Count), Entry(head, key, random.Chance(0.5) ? value : HostileValues.Any(random)));
                description = $"set {key} again at line {copy + 1}";
                break;
            case 9:
                var renamed = random.Pick(HostileValues.Keys);
                lines[at] = Entry(head, renamed, value);
                description = $"rename {key} (line {at + 1}) to '{renamed}'";
                break;
            case 10:
                var changed = random.Next(5) switch
                {
                    0 => value.ToUpperInvariant(),
                    1 => value.ToLowerInvariant(),
                    2 => value.Replace(' ', '-'),
                    3 => value + "!",
                    _ => Borrow(random, site, key) ?? value + " 2",
                };
                lines[at] = Entry(head, key, changed);
                description = $"change {key} (line {at + 1}) to '{Shorten(changed)}'";
                break;
            default:
                var directive = random.Pick(["%YAML 1.1", "%YAML 1.3", "%YAML 2.0", "%TAG ! tag:example.org,2000:", "%TAG !e! tag:e,2000:", "%FOO bar", "---", "...", "--- !!map", "--- &a"]);
                lines.Insert(start, directive);
                description = $"insert '{directive}' at line {start + 1}";
                break;
        }

        file.SetLines(lines);
        return "yaml: " + description;
    }

    /// <summary>A value spanning lines below its key: a list, a map, nesting by indentation, or a block of text.</summary>
    private static (string Value, string Description) Block(Random random, string indent)
    {
        var builder = new StringBuilder();
        switch (random.Next(5))
        {
            case 0:
                var items = random.Pick([0, 1, 3, 50, 5000]);
                for (var i = 0; i < items; i++)
                {
                    builder.Append('\n').Append(indent).Append("- ").Append(HostileValues.Any(random));
                }

                return (builder.ToString(), $"a list of {items} odd items");
            case 1:
                for (var i = 0; i < random.Next(1, 8); i++)
                {
                    builder.Append('\n').Append(indent).Append(random.Pick(HostileValues.Keys)).Append(": ").Append(HostileValues.Any(random));
                }

                return (builder.ToString(), "a map of odd entries");
            case 2:
                // Nesting by indentation grows quadratically in size, so it stays shallower than flow nesting.
                var depth = Math.Min(random.Depth(), 300);
                for (var i = 0; i < depth; i++)
                {
                    builder.Append('\n').Append(indent).Append(' ', 2 * i).Append(random.Chance(0.5) ? "- " : "a:");
                }

                return (builder.ToString(), $"block nesting {depth} deep");
            case 3:
                var dashes = random.Depth();
                return (" " + string.Concat(Enumerable.Repeat("- ", dashes)) + "x", $"{dashes} nested lists on one line");
            default:
                var indicator = random.Pick(["|", ">", "|-", ">+", "|2", "|1-", ">9"]);
                builder.Append(indicator);
                for (var i = 0; i < random.Next(1, 6); i++)
                {
                    builder.Append('\n').Append(random.Chance(0.8) ? indent : indent[..^1]).Append(random.Chance(0.3) ? " " : "").Append(HostileValues.Any(random));
                }

                return (builder.ToString(), $"a '{indicator}' block of text");
        }
    }

    private static string Anchors(Random random, List<string> lines, List<int> entries, int at)
    {
        var other = random.Pick(entries);
        var match = Entry().Match(lines[at]);
        var (head, key, value) = (match.Groups["head"].Value, match.Groups["key"].Value, match.Groups["value"].Value);
        switch (random.Next(4))
        {
            case 0:
                lines[at] = Entry(head, key, $"&a {value}");
                var target = Entry().Match(lines[other]);
                lines[other] = Entry(target.Groups["head"].Value, target.Groups["key"].Value, "*a");
                return $"anchor {key} (line {at + 1}) as &a and use *a at line {other + 1}";
            case 1:
                lines[at] = Entry(head, key, random.Pick(["*nowhere", "*a", "* a", "*", "&a *a", "&a [*a]", "&a {b: *a}"]));
                return $"set {key} (line {at + 1}) to an alias of nothing";
            case 2:
                lines[at] = $"{head}&k {key}: {value}";
                lines.Insert(Math.Min(other + 1, lines.Count), $"{head}*k : again");
                return $"anchor the key {key} (line {at + 1}) and use it as a key again";
            default:
                // Each level names the previous one nine times: shared nodes must not be expanded.
                var bomb = new List<string> { $"{head}x0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
                for (var level = 1; level < 10; level++)
                {
                    bomb.Add($"{head}x{level}: &b{level} [{string.Join(", ", Enumerable.Repeat($"*b{level - 1}", 9))}]");
                }

                lines.InsertRange(at, bomb);
                lines[at + bomb.Count] = Entry(head, key, "*b9");
                return $"set {key} (line {at + 1}) to nine-fold aliases nine deep";
        }
    }

    private static string? Borrow(Random random, SeedSite site, string key)
    {
        var donor = site.Text(random.Pick(site.WriterFiles));
        var values = donor.Split('\n').Select(line => Entry().Match(line)).Where(m => m.Success && m.Groups["key"].Value == key).Select(m => m.Groups["value"].Value).ToList();
        return values.Count == 0 ? null : random.Pick(values);
    }

    private static string Entry(string head, string key, string value) => value.StartsWith('\n') ? $"{head}{key}:{value}" : $"{head}{key}: {value}";

    private static string Pad(string head) => new(' ', head.Length);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    /// <summary>A <c>key: value</c> line, possibly a list item (<c>- key: value</c>), with its indentation as head.</summary>
    [GeneratedRegex(@"^(?<head>\s*(?:-\s+)?)(?<key>[^\s:#\-?][^:#]*?):(?:\s+(?<value>.*))?$")]
    private static partial Regex Entry();
}
