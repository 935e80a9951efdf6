using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Model;
using HealthLibrary.Output;

namespace HealthLibrary.Rendering;

/// <summary>The theme a library's settings name, compiled: it needs only the settings, so it can be loaded beside the topics.</summary>
public static class SiteTheme
{
    /// <summary>
    /// Finds the theme (or takes <paramref name="theme"/>), takes stock of every asset (the compiled templates link
    /// them by content hash), and compiles the templates; nulls, with a diagnostic, when it cannot.
    /// </summary>
    public static (ThemeTemplates? Theme, AssetManifest? Assets) Load(LibrarySettings settings, IContentSource input, SiteUrls urls, IContentSource? theme, DerivedFileCache? derivedFiles, DiagnosticBag diagnostics)
    {
        var config = settings.Config;
        if (theme is null)
        {
            var folder = ThemeLocator.Find(config.Theme, input.FullPath(""), out var tried);
            if (folder is null)
            {
                diagnostics.Error(
                    DiagnosticCode.ThemeMissing,
                    SourceLocation.WholeFile(input.DisplayPath(Configuration.SiteConfigReader.FileName)),
                    $"theme '{config.Theme}' was not found",
                    "looked in: " + string.Join(", ", tried));
                return (null, null);
            }

            theme = new FileSystemContentSource(folder);
        }

        var assets = AssetManifest.Create(theme, input, settings.Assets, config.Icon?.Value, derivedFiles);
        if (config.Icon is { } icon && settings.Assets.Contains(icon.Value, StringComparer.Ordinal) && assets.Icons is null)
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, icon.Location, $"icon '{icon.Value}' could not be read as an image", "use an SVG or PNG file, ideally square");
        }

        return (ThemeTemplates.Load(theme, input, assets, urls, diagnostics), assets);
    }
}
