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

    public string Topic(string slug) => $"{BasePath}topics/{slug}/";

    public string Category(string slug) => $"{BasePath}categories/{slug}/";

    public string Tag(string slug) => $"{BasePath}tags/{slug}/";

    public string Risk(string id) => $"{BasePath}risk/{id}/";

    public string Author(string id) => $"{BasePath}authors/{id}/";

    public string Page(string slug) => $"{BasePath}{slug}/";

    public string Asset(string path) => $"{BasePath}assets/{path}";

    /// <summary>A site path written by a writer ("/about/") placed under the base path.</summary>
    public string FromSitePath(string sitePath) => BasePath + sitePath.TrimStart('/');

    public string Absolute(string url) => new Uri(baseUrl, url).AbsoluteUri;

    /// <summary>Where the page for an address goes: "/health/topics/a/" gives "topics/a/index.html".</summary>
    public string OutputPath(string url)
    {
        var relative = url.StartsWith(BasePath, StringComparison.Ordinal) ? url[BasePath.Length..] : url.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
