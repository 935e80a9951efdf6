using System.Security.Cryptography;
using System.Text;

namespace HealthLibrary.Output;

/// <summary>
/// Results that depend only on some bytes and the code that made them (a minified stylesheet), kept by a hash of both
/// in the user's cache folder, so every build after the first, of any library, takes them as they are.
/// </summary>
public sealed class DerivedFileCache
{
    private readonly string _folder;

    public DerivedFileCache(string folder) => _folder = folder;

    /// <summary><c>$XDG_CACHE_HOME/healthlibrary/derived</c>, else <c>~/.cache/healthlibrary/derived</c>; null without a home folder.</summary>
    public static DerivedFileCache? ForUser() => UserCacheFolder.Of("derived") is { } folder ? new DerivedFileCache(folder) : null;

    /// <summary>
    /// The result for <paramref name="source"/> made by the code <paramref name="maker"/> names (which changes with that
    /// code's version): taken from the cache, or made and kept. A cache that cannot be read or written only costs the
    /// making.
    /// </summary>
    public byte[] GetOrMake(string maker, byte[] source, string extension, Func<byte[], byte[]> make)
    {
        var key = Encoding.UTF8.GetBytes(maker + "\n");
        var path = Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData([.. key, .. source])) + extension);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }

        var result = make(source);
        try
        {
            // Written whole under another name and then renamed, so another build never reads half a result.
            Directory.CreateDirectory(_folder);
            var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            File.WriteAllBytes(temporary, result);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }

        return result;
    }
}
