namespace HealthLibrary.Tests.Fuzz;

/// <summary>Damage at the level of lines: what a slip in an editor or a bad merge does to a file.</summary>
public static class LineMutations
{
    public static string Mutate(Random random, FuzzFile file, SeedSite site)
    {
        var lines = file.Lines();
        var at = random.Next(lines.Count);
        string description;
        switch (random.Next(10))
        {
            case 0:
                lines.Insert(at, lines[at]);
                description = $"duplicate line {at + 1}";
                break;
            case 1:
                lines.RemoveAt(at);
                description = $"delete line {at + 1}";
                break;
            case 2:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                description = $"swap lines {at + 1} and {other + 1}";
                break;
            case 3:
                var indent = random.Pick(["\t", "\t\t", " ", "  ", "   ", "    ", "        ", " \t", "\t ", new string(' ', 200)]);
                lines[at] = indent + lines[at];
                description = $"indent line {at + 1} with {Describe(indent)}";
                break;
            case 4:
                lines[at] = lines[at].TrimStart();
                description = $"dedent line {at + 1}";
                break;
            case 5:
                var keep = random.Next(lines[at].Length + 1);
                lines = lines.Take(at).Append(lines[at][..keep]).ToList();
                description = $"truncate at line {at + 1}, column {keep + 1}";
                break;
            case 6:
                var source = random.Pick(site.WriterFiles);
                var donor = site.Text(source).Split('\n');
                var from = random.Next(donor.Length);
                var count = random.Next(1, Math.Min(12, donor.Length - from) + 1);
                lines.InsertRange(at, donor.Skip(from).Take(count));
                description = $"splice lines {from + 1}-{from + count} of {source} in at line {at + 1}";
                break;
            case 7:
                var close = FuzzFile.ClosingLine(lines);
                if (close < 0)
                {
                    goto case 1;
                }

                lines.RemoveAt(close);
                description = $"remove the closing --- (line {close + 1})";
                break;
            case 8:
                var marker = random.Pick(["---", "...", "--- ", "----", "-- -", "---\t", "***"]);
                lines.Insert(at, marker);
                description = $"insert '{marker}' at line {at + 1}";
                break;
            default:
                lines[at] = lines[at].Replace(' ', random.Pick(['\t', '\u00A0', '\u3000', '\u200B']));
                description = $"replace the spaces of line {at + 1} with look-alikes";
                break;
        }

        file.SetLines(lines);
        return "lines: " + description;
    }

    private static string Describe(string indent) =>
        indent.Length > 10 ? $"{indent.Length} spaces" : string.Concat(indent.Select(c => c == '\t' ? "\\t" : "·"));
}
