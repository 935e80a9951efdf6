using System.Text;
using HealthLibrary.Output;
using NUglify;

namespace HealthLibrary.Rendering;

/// <summary>
/// Minifies the theme's CSS and JavaScript as they are published (NUglify), so the theme keeps readable sources with
/// their comments. A file NUglify cannot read is published as it is: a theme's styles must never fail a build.
/// </summary>
public static class ThemeAssetMinifier
{
    /// <summary>What a minified file depends on besides its source: this code and NUglify's, by their builds' ids.</summary>
    private static readonly string Maker =
        $"minify {typeof(ThemeAssetMinifier).Assembly.ManifestModule.ModuleVersionId} {typeof(Uglify).Assembly.ManifestModule.ModuleVersionId}";

    /// <param name="cache">Where minified files are kept by their sources' hashes; null minifies every time.</param>
    public static byte[] Minify(string path, byte[] bytes, DerivedFileCache? cache = null)
    {
        var isCss = path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
        var isJs = path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase);
        if (!isCss && !isJs)
        {
            return bytes;
        }

        // Starting NUglify, and compiling its code, costs more than minifying a theme's files, so a build whose
        // theme is unchanged takes them from the cache.
        return cache is null
            ? Minified(isCss, bytes)
            : cache.GetOrMake(Maker, bytes, isCss ? ".css" : ".js", source => Minified(isCss, source));
    }

    private static byte[] Minified(bool isCss, byte[] bytes)
    {
        var source = Encoding.UTF8.GetString(bytes);
        var result = isCss ? Uglify.Css(source) : Uglify.Js(source);
        return result.HasErrors || result.Code is null ? bytes : Encoding.UTF8.GetBytes(result.Code);
    }
}
