namespace HealthLibrary.Output;

/// <summary>
/// The files of one build by output path, checked as the strictest disk would: one file per path whatever its
/// case (macOS and Windows), no file where a folder must be, only plain relative paths, and no name longer
/// than file systems allow.
/// </summary>
public sealed class OutputLayout
{
    /// <summary>The longest file or folder name ext4, APFS and NTFS all accept, in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Each path claimed, as first written, and whether it is a folder; looked up ignoring case.</summary>
    private readonly Dictionary<string, (string Path, bool IsFolder)> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Claims a file; returns null, or why no disk could hold it beside the files claimed before.</summary>
    public string? Claim(string path)
    {
        var segments = path.Split('/');
        if (segments.Any(segment => segment is "" or "." or ".."))
        {
            return $"'{path}' is not a plain relative path";
        }

        if (segments.FirstOrDefault(segment => System.Text.Encoding.UTF8.GetByteCount(segment) > MaxNameBytes) is { } tooLong)
        {
            return $"the name {tooLong[..20]}… is longer than the {MaxNameBytes} bytes a file system allows";
        }

        for (var i = 1; i < segments.Length; i++)
        {
            if (_entries.TryGetValue(string.Join('/', segments[..i]), out var above) && !above.IsFolder)
            {
                return $"{above.Path} is a file, so {path} cannot go inside it";
            }
        }

        if (_entries.TryGetValue(path, out var existing))
        {
            return existing.IsFolder
                ? $"{path} is already a folder"
                : existing.Path == path ? $"{path} is already written" : $"{path} differs only in case from {existing.Path}, which is already written";
        }

        for (var i = 1; i < segments.Length; i++)
        {
            var folder = string.Join('/', segments[..i]);
            _entries.TryAdd(folder, (folder, true));
        }

        _entries[path] = (path, false);
        return null;
    }
}
