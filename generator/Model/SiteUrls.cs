namespace HealthLibrary.Model;

/// <summary>Every address of the site, all under base_url's path, and the output file each is written to.</summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public string BasePath { get; } = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";

    public Uri BaseUrl => baseUrl;

    public string Home => BasePath;

    public string AToZ => BasePath + "topics/";

    public string RiskIndex => BasePath + "risk/";

    public string Search => BasePath + "search/";

    public string NotFound => BasePath + "404.html";

    /// <summary>The page other health systems link to by clinical code.</summary>
    public string Codes => BasePath + "codes/";

    /// <summary>Every code's topics, which the codes page reads and portals may too.</summary>
    public string CodesIndex => BasePath + "codes/index.json";

    /// <summary>The page listing urgent_help's services; written only when site.yml has them.</summary>
    public string GetHelp => BasePath + GetHelpSlug + "/";

    public const string GetHelpSlug = "get-help";

    /// <summary>The Atom feed of recently reviewed topics.</summary>
    public string Feed => BasePath + "feed.xml";

    public string Sitemap => BasePath + "sitemap.xml";

    public string Robots => BasePath + "robots.txt";

    /// <summary>The icon browsers ask for at the site's root whether or not a page names it.</summary>
    public string Favicon => BasePath + "favicon.ico";

    /// <summary>The icon phones ask for at the site's root.</summary>
    public string TouchIcon => BasePath + "apple-touch-icon.png";

    /// <summary>Netlify's and Cloudflare Pages' file of response headers.</summary>
    public string HostingHeaders => BasePath + "_headers";

    /// <summary>Netlify's and Cloudflare Pages' file of redirects from old addresses.</summary>
    public string HostingRedirects => BasePath + "_redirects";

    /// <summary>Tells GitHub Pages not to run Jekyll, which drops files and folders starting with '_'.</summary>
    public string NoJekyll => BasePath + ".nojekyll";

    public string Topic(string slug) => $"{BasePath}topics/{slug}/";

    public string Category(string slug) => $"{BasePath}categories/{slug}/";

    public string Tag(string slug) => $"{BasePath}tags/{slug}/";

    public string Risk(string id) => $"{BasePath}risk/{id}/";

    public string Author(string id) => $"{BasePath}authors/{id}/";

    public string Page(string slug) => $"{BasePath}{slug}/";

    public string Asset(string path) => $"{BasePath}assets/{path}";

    /// <summary>A site path written by a writer ("/about/") placed under the base path.</summary>
    public string FromSitePath(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>The address in full, as <c>new Uri(base_url, url).AbsoluteUri</c> gives it.</summary>
    /// <remarks>
    /// Every page asks for several (its canonical address, its breadcrumbs' and its people's in the JSON-LD), and
    /// making a Uri for each is costly. The addresses the site makes are
    /// paths from the root in letters, digits and '-', '.', '_', '~', '/': the origin before such a path is the
    /// whole of what Uri would add. Anything else (other characters, '.' or '..' segments) goes through Uri.
    /// </remarks>
    public string Absolute(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.AsSpan().ContainsAnyExcept(PlainPathCharacters) && !url.Contains("/.", StringComparison.Ordinal)
            ? _origin + url
            : new Uri(baseUrl, url).AbsoluteUri;

    private readonly string _origin = baseUrl.GetLeftPart(UriPartial.Authority);

    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    /// <summary>Where the page for an address goes: "/health/topics/a/" gives "topics/a/index.html".</summary>
    public string OutputPath(string url)
    {
        var relative = url.StartsWith(BasePath, StringComparison.Ordinal) ? url[BasePath.Length..] : url.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
