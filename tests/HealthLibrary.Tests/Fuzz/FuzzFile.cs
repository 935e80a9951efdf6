namespace HealthLibrary.Tests.Fuzz;

/// <summary>One writer file being mutated, as lines, with where its front matter and body are.</summary>
public sealed class FuzzFile(string path, string text)
{
    public string Path => path;

    public string Text { get; set; } = text;

    public bool IsMarkdown => path.EndsWith(".md", StringComparison.Ordinal);

    public List<string> Lines() => [.. Text.Split('\n')];

    public void SetLines(IEnumerable<string> lines) => Text = string.Join('\n', lines);

    /// <summary>The lines that hold YAML, [start, end): the front matter of a Markdown file, or all of a .yml file.</summary>
    public (int Start, int End) YamlLines()
    {
        var lines = Lines();
        if (!IsMarkdown)
        {
            return (0, lines.Count);
        }

        var close = ClosingLine(lines);
        return close < 0 ? (0, lines.Count) : (1, close);
    }

    /// <summary>The lines of a Markdown body, [start, end); empty for YAML files.</summary>
    public (int Start, int End) BodyLines()
    {
        var lines = Lines();
        if (!IsMarkdown)
        {
            return (lines.Count, lines.Count);
        }

        var close = ClosingLine(lines);
        return (close < 0 ? 0 : close + 1, lines.Count);
    }

    /// <summary>The index of the line that closes the front matter, or -1 when it has none.</summary>
    public static int ClosingLine(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            return -1;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return i;
            }
        }

        return -1;
    }
}
