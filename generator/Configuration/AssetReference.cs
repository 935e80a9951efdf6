using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Configuration;

/// <summary>
/// A file of the library's assets/ named in site.yml or front matter (<c>icon: assets/icon.svg</c>), as a path from the
/// library's folder. Whether the file exists is checked with the other links, once every asset is known.
/// </summary>
public static class AssetReference
{
    /// <summary>The library's folder of images and files that topics and site.yml name.</summary>
    public const string Folder = "assets";

    /// <summary>The path (<c>assets/...</c>), or null with a diagnostic when the value cannot name a file of assets/.</summary>
    public static Located<string>? Read(YamlMappingReader reader, string key, IReadOnlyList<string>? extensions = null)
    {
        if (reader.String(key) is not { } text)
        {
            return null;
        }

        var path = text.TrimStart('/');
        var location = reader.ValueLocation(key);
        if (!path.StartsWith(Folder + "/", StringComparison.Ordinal) || path.Split('/').Any(part => part is "" or "." or ".."))
        {
            reader.Diagnostics.Error(DiagnosticCode.InvalidValue, location, $"{key} '{Slugs.Abbreviate(text)}' is not a file of {Folder}/", $"write the path from the library's folder, for example {Folder}/{key}.png");
            return null;
        }

        if (extensions is not null && !extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
        {
            reader.Diagnostics.Error(DiagnosticCode.InvalidValue, location, $"{key} '{Slugs.Abbreviate(text)}' is not one of {string.Join(", ", extensions)}", $"use a square {string.Join(" or ", extensions)} image");
            return null;
        }

        return new Located<string>(path, location);
    }
}
