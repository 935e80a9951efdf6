using HealthLibrary.Configuration;


namespace HealthLibrary.Rendering;

/// <summary>Finds the folder of the theme site.yml names: a path, a theme beside the library, or one shipped with the generator.</summary>
public static class ThemeLocator
{
    public static string BuiltInThemes => Path.Combine(AppContext.BaseDirectory, "themes");

    /// <summary>The theme folder, or null when none of the places holds it; <paramref name="tried"/> lists where it looked.</summary>
    public static string? Find(string theme, string? inputRoot, out IReadOnlyList<string> tried)
    {
        var candidates = new List<string>();
        if (inputRoot is not null)
        {
            if (theme.Contains('/') || theme.Contains('\\') || theme.StartsWith('.'))
            {
                candidates.Add(Path.GetFullPath(Path.Combine(inputRoot, theme)));
            }
            else
            {
                candidates.Add(Path.Combine(inputRoot, "themes", theme));
                candidates.Add(Path.GetFullPath(Path.Combine(inputRoot, "..", "themes", theme)));
            }
        }

        if (Slugs.IsValid(theme))
        {
            candidates.Add(Path.Combine(BuiltInThemes, theme));
        }

        tried = candidates;
        return candidates.FirstOrDefault(candidate => Directory.Exists(Path.Combine(candidate, ThemeTemplates.TemplatesFolder)));
    }
}
