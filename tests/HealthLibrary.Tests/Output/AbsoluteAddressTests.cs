using HealthLibrary.Model;

namespace HealthLibrary.Tests.Output;

/// <summary>Absolute addresses are what Uri makes of the base URL and the path, whichever way they are made.</summary>
public sealed class AbsoluteAddressTests
{
    public static TheoryData<string, string> Addresses()
    {
        var bases = new[]
        {
            "https://example.org/", "https://example.org/health/", "http://example.org:8080/a/b/", "https://EXAMPLE.org/",
            "https://user:pw@example.org/", "https://bücher.example/", "https://example.org:443/", "https://example.org/h%C3%A9/",
        };
        var paths = new[]
        {
            "/", "/topics/ketamine-therapy/", "/health/topics/a/", "/404.html", "/static/site.0c50d9002b.css", "/a_b~c/",
            "/topics/../secret/", "/topics/./a/", "/a/..", "//evil.example/x", "/caf\u00e9/", "/a b/", "/a?b=c", "/a#top",
            "/a%20b/", "relative/path", "/A/B/", "/tags/h\u00e9/",
        };
        var data = new TheoryData<string, string>();
        foreach (var baseUrl in bases)
        {
            foreach (var path in paths)
            {
                data.Add(baseUrl, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public void An_address_is_what_Uri_makes_of_it(string baseUrl, string path)
    {
        var baseUri = new Uri(baseUrl);

        Assert.Equal(new Uri(baseUri, path).AbsoluteUri, new SiteUrls(baseUri).Absolute(path));
    }
}
