using HealthLibrary.Diagnostics;
using HealthLibrary.Input;

namespace HealthLibrary.Yaml;

/// <summary>Reads a whole YAML file (site.yml, authors.yml) whose top level must be a set of keys.</summary>
public static class YamlFileReader
{
    public static YamlMapping? ReadMapping(IContentSource source, string path, DiagnosticBag diagnostics, bool required)
    {
        var display = source.DisplayPath(path);
        if (!source.FileExists(path))
        {
            if (required)
            {
                diagnostics.Error(DiagnosticCode.MissingFile, SourceLocation.WholeFile(display), $"{path} is missing", $"create {display}; see the writer's guide in README.md");
            }

            return null;
        }

        var text = ReadText(source, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var root = YamlDocumentReader.Read(text, display, 1, diagnostics);
        switch (root)
        {
            case YamlMapping mapping:
                return mapping;
            case null when text.Trim().Length == 0 || diagnostics.HasErrors:
                if (text.Trim().Length == 0)
                {
                    diagnostics.Error(DiagnosticCode.MissingKey, new SourceLocation(display, 1, 1), $"{path} is empty");
                }

                return null;
            default:
                diagnostics.Error(DiagnosticCode.WrongType, root?.Location ?? new SourceLocation(display, 1, 1), $"{path} must be a set of 'key: value' lines, found {root?.KindName ?? "nothing"}");
                return null;
        }
    }

    /// <summary>A file's text, or null with a diagnostic when it cannot be read or decoded.</summary>
    public static string? ReadText(IContentSource source, string path, DiagnosticBag diagnostics) =>
        ReadBytes(source, path, diagnostics) is { } bytes ? TextDecoder.Decode(bytes, source.DisplayPath(path), diagnostics) : null;

    /// <summary>A file's bytes, or null with a diagnostic when it cannot be read.</summary>
    public static byte[]? ReadBytes(IContentSource source, string path, DiagnosticBag diagnostics)
    {
        try
        {
            return source.ReadBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCode.UnreadableFile, SourceLocation.WholeFile(source.DisplayPath(path)), $"the file cannot be read: {exception.Message}");
            return null;
        }
    }
}
