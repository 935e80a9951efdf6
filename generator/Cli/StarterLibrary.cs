using System.Globalization;
using System.Text;

namespace HealthLibrary.Cli;

/// <summary>The files of a new library (<c>healthlib init</c>), from the repository's starter/ folder embedded in healthlib.</summary>
public static class StarterLibrary
{
    private const string Prefix = "starter/";

    /// <summary>Each file's path in the library and its text, with today's date and this healthlib's version filled in.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(DateOnly today, string version)
    {
        var assembly = typeof(StarterLibrary).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd()
                .Replace("{{today}}", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{{version}}", version, StringComparison.Ordinal);
            files.Add((name[Prefix.Length..].Replace('\\', '/'), text));
        }

        return files;
    }
}
