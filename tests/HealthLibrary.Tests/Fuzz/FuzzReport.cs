using System.Text;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>Writes up a failed case so it can be reproduced: seed, case, mutations, the broken files (shortened) and the replay command.</summary>
public static class FuzzReport
{
    private const int ShownCharacters = 1200;

    public static string Describe(FuzzCase fuzzCase, FuzzOutcome outcome, IReadOnlyList<string> violations, FuzzSettings settings)
    {
        var report = new StringBuilder();
        var what = outcome.Hung
            ? $"made no progress for {settings.StallLimit.TotalSeconds:0} s, stuck in {outcome.Stage}"
            : outcome.Exception is { } exception
                ? $"{outcome.Stage} threw {exception.GetType().FullName}: {exception.Message}"
                : $"broke {violations.Count} diagnostic rule(s)";
        report.AppendLine($"seed {fuzzCase.Seed}, case {fuzzCase.Number} ({fuzzCase.SiteName} site) {what}");
        report.AppendLine($"  replay: {settings.ReplayCommand(fuzzCase.Number)}");
        foreach (var mutation in fuzzCase.Mutations)
        {
            report.AppendLine($"  mutation: {mutation}");
        }

        foreach (var violation in violations.Take(10))
        {
            report.AppendLine($"  rule: {violation}");
        }

        if (outcome.Exception is { } thrown)
        {
            report.AppendLine("  " + string.Join("\n  ", (thrown.StackTrace ?? "").Split('\n').Take(25)));
        }

        foreach (var path in fuzzCase.MutatedFiles.Where(fuzzCase.Files.ContainsKey))
        {
            report.AppendLine($"  --- input/{path} ({fuzzCase.Files[path].Length} bytes) ---");
            report.AppendLine(Shorten(Printable(fuzzCase.Files[path])));
        }

        return report.ToString();
    }

    /// <summary>The file as text with control characters and bytes that are not UTF-8 written as escapes.</summary>
    public static string Printable(byte[] bytes)
    {
        var text = new StringBuilder();
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: false);
        foreach (var c in decoder.GetString(bytes))
        {
            text.Append(c switch
            {
                '\n' or '\t' => c.ToString(),
                '\uFFFD' => "\\uFFFD",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u202E' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static string Shorten(string text) =>
        text.Length <= ShownCharacters
            ? text
            : text[..(ShownCharacters / 2)] + $"\n  [… {text.Length - ShownCharacters} characters left out …]\n" + text[^(ShownCharacters / 2)..];
}
