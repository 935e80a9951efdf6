using System.Security.Cryptography;
using System.Text;

namespace HealthLibrary.Rendering;

/// <summary>
/// Compiled themes of this process, keyed by the exact template texts and base path. Compiling a theme takes
/// Handlebars about a second, while loading a library takes milliseconds; rebuilding one library (serve,
/// tests) should not pay that second every time when no template changed.
/// </summary>
public static class CompiledThemeCache
{
    /// <summary>A few libraries or base paths at once; more are rare, and a theme is a few MB compiled.</summary>
    private const int Capacity = 8;

    private static readonly Dictionary<string, CompiledTheme> Themes = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static bool TryGet(string key, out CompiledTheme theme)
    {
        lock (Gate)
        {
            return Themes.TryGetValue(key, out theme!);
        }
    }

    public static void Add(string key, CompiledTheme theme)
    {
        lock (Gate)
        {
            if (Themes.Count >= Capacity)
            {
                Themes.Clear();
            }

            Themes[key] = theme;
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
