using System.Text;

namespace HealthLibrary.Tests.Support;

/// <summary>A whole site written as one string: <c>-- input/site.yml --</c> headers, each followed by the file.</summary>
public static class SiteText
{
    public static Dictionary<string, string> Parse(string text)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var content = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null)
                {
                    files[current] = content.ToString();
                }

                current = line[3..^3].Trim();
                content.Clear();
                continue;
            }

            if (current is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (current is not null)
        {
            files[current] = content.ToString();
        }

        return files;
    }
}
