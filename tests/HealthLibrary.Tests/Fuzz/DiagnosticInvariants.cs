using HealthLibrary.Diagnostics;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>What every diagnostic must satisfy, however broken the input: a file, and a place that exists in it.</summary>
public static class DiagnosticInvariants
{
    private const string InputRoot = "input/";

    /// <summary>Every broken rule, one line each, the rule before the first ': '; empty when all hold.</summary>
    public static IReadOnlyList<string> Violations(FuzzOutcome outcome, IReadOnlyDictionary<string, byte[]> files)
    {
        var violations = new List<string>();
        foreach (var diagnostic in outcome.Diagnostics)
        {
            var location = diagnostic.Location;
            if (string.IsNullOrWhiteSpace(location.File))
            {
                violations.Add($"no file: {diagnostic}");
            }

            if (string.IsNullOrWhiteSpace(diagnostic.Message) || string.IsNullOrWhiteSpace(diagnostic.Code))
            {
                violations.Add($"no code or message: {diagnostic}");
            }

            if (location.Line < 0 || location.Column < 0 || (location.Line == 0 && location.Column != 0))
            {
                violations.Add($"line and column are not a place: {location.Line}, {location.Column} in {diagnostic}");
                continue;
            }

            if (location.Line > 0 && location.File.StartsWith(InputRoot, StringComparison.Ordinal))
            {
                if (!files.TryGetValue(location.File[InputRoot.Length..], out var bytes))
                {
                    violations.Add($"names a line of a file that does not exist: {diagnostic}");
                }
                else if (location.Line > LineCount(bytes) + 1)
                {
                    violations.Add($"line past the end of the file: {location.Line} of {LineCount(bytes)} lines in {diagnostic}");
                }
            }
        }

        var errors = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (!outcome.Built && errors == 0)
        {
            violations.Add("Load refused the site without reporting an error");
        }

        return violations;
    }

    /// <summary>Lines as an editor counts them: LF, CRLF and a lone CR each end one.</summary>
    public static int LineCount(byte[] bytes)
    {
        var lines = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                lines++;
            }
        }

        return lines;
    }
}
