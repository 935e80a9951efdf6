using System.Text;
using NUglify;

namespace HealthLibrary.Rendering;

/// <summary>
/// Minifies the theme's CSS and JavaScript as they are published (NUglify), so the theme keeps readable sources with
/// their comments. A file NUglify cannot read is published as it is: a theme's styles must never fail a build.
/// </summary>
public static class ThemeAssetMinifier
{
    public static byte[] Minify(string path, byte[] bytes)
    {
        var isCss = path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
        var isJs = path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase);
        if (!isCss && !isJs)
        {
            return bytes;
        }

        var source = Encoding.UTF8.GetString(bytes);
        var result = isCss ? Uglify.Css(source) : Uglify.Js(source);
        return result.HasErrors || result.Code is null ? bytes : Encoding.UTF8.GetBytes(result.Code);
    }
}
