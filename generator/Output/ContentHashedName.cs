using System.Security.Cryptography;

namespace HealthLibrary.Output;

/// <summary>File names that change exactly when the bytes do, so hosts may cache them for a year.</summary>
public static class ContentHashedName
{
    /// <summary>"css/site.css" with content hash 1a2b3c4d5e gives "css/site.1a2b3c4d5e.css".</summary>
    public static string Of(string name, ReadOnlySpan<byte> bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var slash = name.LastIndexOf('/');
        var dot = name.LastIndexOf('.');
        return dot > slash + 1 ? $"{name[..dot]}.{hash}{name[dot..]}" : $"{name}.{hash}";
    }
}
