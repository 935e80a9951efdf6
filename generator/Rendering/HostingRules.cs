using System.Text;
using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>
/// The headers and redirects a static host should apply, written as _headers and _redirects (Netlify,
/// Cloudflare Pages) and kept equal to netlify.toml by a test. The policy allows nothing inline:
/// the site has no inline script or style, and the browser tests prove it.
/// </summary>
public static class HostingRules
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

    /// <summary>Headers for every response.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> SecurityHeaders =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
        ("X-Frame-Options", "DENY"),
    ];

    /// <summary>
    /// Cache rules by path. Hashed files never change; the search data changes with every build. Pages, the search page
    /// among them, keep the host's default (revalidate): a cached page could name hashed scripts the next deploy removed.
    /// </summary>
    public static IReadOnlyList<(string Path, string CacheControl)> CacheRules(SiteUrls urls) =>
    [
        (urls.BasePath + AssetManifest.StaticFolder + "/*", "public, max-age=31536000, immutable"),
        (urls.BasePath + "assets/*", "public, max-age=3600"),
        (urls.BasePath + Search.SearchFiles.IndexPath, SearchDataCache),
        (urls.BasePath + Search.SearchFiles.StorePath, SearchDataCache),
    ];

    private const string SearchDataCache = "public, max-age=300, must-revalidate";

    public static string Headers(SiteUrls urls)
    {
        var text = new StringBuilder();
        text.Append("/*\n");
        foreach (var (name, value) in SecurityHeaders)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }

        foreach (var (path, cache) in CacheRules(urls))
        {
            text.Append(path).Append("\n  Cache-Control: ").Append(cache).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Each alias as a permanent redirect to its page, for hosts that read _redirects. The rules are forced ("301!"):
    /// Netlify serves an existing file before a rule that is not, and every alias also has its stub page, for hosts
    /// without rules.
    /// </summary>
    public static string Redirects(IEnumerable<Alias> aliases)
    {
        var text = new StringBuilder();
        foreach (var alias in aliases)
        {
            text.Append(alias.Url).Append(' ').Append(alias.TargetUrl).Append(" 301!\n");
            if (alias.Url.EndsWith('/') && alias.Url.Length > 1)
            {
                text.Append(alias.Url.TrimEnd('/')).Append(' ').Append(alias.TargetUrl).Append(" 301!\n");
            }
        }

        return text.ToString();
    }
}
