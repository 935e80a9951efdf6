using System.Security.Cryptography;

namespace HealthLibrary.Tests.Support;

/// <summary>Every file below a folder with the SHA-256 of its bytes, by path: two equal snapshots are byte-identical trees.</summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))),
        StringComparer.Ordinal);
}
