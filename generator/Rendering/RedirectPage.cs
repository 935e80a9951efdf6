using System.Net;

namespace HealthLibrary.Rendering;

/// <summary>The page left at an old address (an alias): a canonical link and a refresh, for hosts without redirect rules.</summary>
public static class RedirectPage
{
    public static string Write(string targetUrl, string absoluteTarget, string title)
    {
        var url = WebUtility.HtmlEncode(targetUrl);
        var canonical = WebUtility.HtmlEncode(absoluteTarget);
        var name = WebUtility.HtmlEncode(title);
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{name}</title>
            <link rel="canonical" href="{canonical}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
            <p>This page has moved to <a href="{url}">{name}</a>.</p>
            </body>
            </html>

            """;
    }
}
