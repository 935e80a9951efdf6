using System.Net;
using System.Text.RegularExpressions;

namespace HealthLibrary.Diagnostics;

/// <summary>
/// Says what is wrong with an address that looks meant for another site ("htp://", "www.example.org", a space),
/// by its text alone: nothing is fetched. Relative links are another check's business.
/// </summary>
public static partial class ExternalAddresses
{
    /// <summary>True for an absolute http or https address with a host, as a reference or a help service must give.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    /// <summary>True for an address written to leave the site: it has a scheme, or starts with www. or //.</summary>
    public static bool LooksExternal(string url) =>
        Scheme().IsMatch(url) || url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>What is wrong with <paramref name="url"/> as a web address, or null when nothing is (or it is not external).</summary>
    public static string? Problem(string url)
    {
        if (url.Any(char.IsWhiteSpace))
        {
            return "it has a space in it (write %20 if the space belongs there)";
        }

        if (url.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return $"it has no scheme; write https://{url}";
        }

        if (Scheme().Match(url) is not { Success: true } match)
        {
            return null;
        }

        var scheme = match.Groups[1].Value.ToLowerInvariant();
        if (scheme is "mailto" or "tel")
        {
            return null;
        }

        if (scheme is not ("http" or "https"))
        {
            return $"'{scheme}:' is not http or https";
        }

        if (!url[match.Length..].StartsWith("//", StringComparison.Ordinal))
        {
            return $"it needs two slashes after '{scheme}:'";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "it has no host name after the slashes";
        }

        if (!uri.Host.Contains('.') && uri.Host != "localhost" && !IPAddress.TryParse(uri.Host, out _))
        {
            return $"the host '{uri.Host}' has no domain ending such as .org";
        }

        return null;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();
}
