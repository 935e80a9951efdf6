using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with line numbers kept.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body)
{
    /// <summary>
    /// Splits at the closing <c>---</c> (or <c>...</c>). The body keeps blank lines where the front matter
    /// was, so Markdig's line numbers are the file's line numbers.
    /// </summary>
    public static FrontMatter? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCode.FrontMatterMissing, new SourceLocation(file, 1, 1), "the file is empty", "start it with front matter between two '---' lines: title, summary, risk and category");
            return null;
        }

        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd();
        if (firstLine != "---")
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
            var line = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            lineNumber++;
            if (line is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var rest = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, new string('\n', lineNumber) + rest);
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
}
