using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with line numbers kept.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body)
{
    /// <summary>
    /// The front matter of a topic or page as a mapping with its body, or null with a diagnostic when it is not
    /// 'key: value' lines; <paramref name="firstKeys"/> names the keys to start with, for the hint.
    /// </summary>
    public static (YamlMapping Mapping, FrontMatter Split)? ReadMapping(string text, string display, string firstKeys, DiagnosticBag diagnostics)
    {
        var split = Split(text, display, diagnostics);
        if (split is null)
        {
            return null;
        }

        var root = YamlDocumentReader.Read(split.Yaml, display, split.YamlFirstLine, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (root is not null || split.Yaml.Trim().Length == 0)
            {
                diagnostics.Error(DiagnosticCode.WrongType, root?.Location ?? new SourceLocation(display, 1, 1), "front matter must be 'key: value' lines", $"start with {firstKeys}");
            }

            return null;
        }

        return (mapping, split);
    }

    /// <summary>
    /// Splits at the closing <c>---</c> (or <c>...</c>). The body keeps blank lines where the front matter
    /// was, so Markdig's line numbers are the file's line numbers.
    /// </summary>
    public static FrontMatter? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCode.FrontMatterMissing, new SourceLocation(file, 1, 1), "the file is empty", "start it with front matter between two '---' lines: title, summary, risk and category");
            return null;
        }

        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text.AsSpan() : text.AsSpan(0, firstEnd)).TrimEnd();
        if (!firstLine.SequenceEqual("---"))
        {
            diagnostics.Error(
                DiagnosticCode.FrontMatterMissing,
                new SourceLocation(file, 1, 1),
                "the file does not start with front matter",
                "put a line with --- first, then the keys (title:, summary:, ...), then another line with ---");
            return null;
        }

        var lineNumber = 1;
        var position = firstEnd + 1;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position)).TrimEnd();
            lineNumber++;
            if (line is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var restStart = end < 0 ? text.Length : end + 1;
                return new FrontMatter(yaml, 2, BlankLinesThen(lineNumber, text, restStart));
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
        }

        diagnostics.Error(
            DiagnosticCode.FrontMatterNotClosed,
            new SourceLocation(file, 1, 1),
            "the front matter that starts here is never closed",
            "add a line with --- after the last front-matter key");
        return null;
    }

    /// <summary>The body as one new string: a newline for each line of front matter, then the text after it.</summary>
    private static string BlankLinesThen(int lines, string text, int restStart) =>
        string.Create(lines + text.Length - restStart, (lines, text, restStart), static (body, state) =>
        {
            body[..state.lines].Fill('\n');
            state.text.AsSpan(state.restStart).CopyTo(body[state.lines..]);
        });
}
