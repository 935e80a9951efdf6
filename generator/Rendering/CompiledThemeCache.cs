using System.Security.Cryptography;
using System.Text;

namespace HealthLibrary.Rendering;

/// <summary>
/// Compiled themes of this process, keyed by the exact template texts and base path. Compiling a theme takes
/// Handlebars about a second, while loading a library takes milliseconds; rebuilding one library (serve,
/// tests) should not pay that second every time when no template changed.
/// </summary>
public sealed class CompiledThemeCache(int capacity)
{
    /// <summary>The process's cache: a few libraries or base paths at once; more are rare, and a theme is a few MB compiled.</summary>
    public static CompiledThemeCache Shared { get; } = new(8);

    /// <summary>Each theme with when it was last used, so the one used longest ago is dropped first.</summary>
    private readonly Dictionary<string, (CompiledTheme Theme, long LastUsed)> _themes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _clock;

    public bool TryGet(string key, out CompiledTheme theme)
    {
        lock (_gate)
        {
            if (_themes.TryGetValue(key, out var entry))
            {
                _themes[key] = (entry.Theme, ++_clock);
                theme = entry.Theme;
                return true;
            }

            theme = null!;
            return false;
        }
    }

    public void Add(string key, CompiledTheme theme)
    {
        lock (_gate)
        {
            if (_themes.Count >= capacity && !_themes.ContainsKey(key))
            {
                // A theme compiled once for a one-off layout must not push out the one every build uses.
                _themes.Remove(_themes.MinBy(entry => entry.Value.LastUsed).Key);
            }

            _themes[key] = (theme, ++_clock);
        }
    }

    /// <summary>A key for everything compilation depends on: the base path (the asset helper) and every template's name, file and text.</summary>
    public static string Key(string basePath, IEnumerable<(string Name, string Text, string Display)> templates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, basePath);
        foreach (var (name, text, display) in templates)
        {
            Append(hash, name);
            Append(hash, display);
            Append(hash, text);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string value)
    {
        // Length first, so no two different lists of strings hash the same bytes.
        hash.AppendData(BitConverter.GetBytes(value.Length));
        hash.AppendData(Encoding.UTF8.GetBytes(value));
    }
}
