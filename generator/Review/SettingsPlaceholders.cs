using System.Text;
using HealthLibrary.Configuration;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;

namespace HealthLibrary.Review;

/// <summary>
/// Finds "TODO:" in site.yml and authors.yml, in values and in comments alike: a new library (<c>healthlib init</c>)
/// marks what its writer must still fill in that way, and YAML comments never reach the parsed settings.
/// </summary>
public static class SettingsPlaceholders
{
    public const string Marker = "TODO:";

    public static IReadOnlyList<Placeholder> Find(IContentSource input)
    {
        var found = new List<Placeholder>();
        foreach (var file in new[] { SiteConfigReader.FileName, AuthorsReader.FileName })
        {
            string text;
            try
            {
                text = input.FileExists(file) ? Encoding.UTF8.GetString(input.ReadBytes(file)) : "";
            }
            catch (IOException)
            {
                // Loading the settings reports the file that cannot be read.
                continue;
            }

            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(Marker, StringComparison.Ordinal);
                if (column >= 0)
                {
                    var note = lines[i][(column + Marker.Length)..].Trim().TrimEnd('"', '\'').Trim();
                    found.Add(new Placeholder(new SourceLocation(input.DisplayPath(file), i + 1, column + 1), note));
                }
            }
        }

        return found;
    }
}
