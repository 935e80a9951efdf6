namespace HealthLibrary.Input;

/// <summary>Path conventions shared by every content source.</summary>
public static class ContentSourceExtensions
{
    public static string DisplayPath(this IContentSource source, string path) =>
        source.DisplayRoot.Length == 0 ? path : source.DisplayRoot.TrimEnd('/') + "/" + path;
}
