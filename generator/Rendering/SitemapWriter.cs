using System.Security;
using System.Text;

namespace HealthLibrary.Rendering;

/// <summary>Writes sitemap.xml: one entry per published page, with the date it last changed where known.</summary>
public static class SitemapWriter
{
    public static string Write(IEnumerable<(string AbsoluteUrl, string? LastModified)> entries)
    {
        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        builder.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (url, lastModified) in entries.OrderBy(entry => entry.AbsoluteUrl, StringComparer.Ordinal))
        {
            builder.Append("  <url><loc>").Append(SecurityElement.Escape(url)).Append("</loc>");
            if (lastModified is not null)
            {
                builder.Append("<lastmod>").Append(lastModified).Append("</lastmod>");
            }

            builder.Append("</url>\n");
        }

        builder.Append("</urlset>\n");
        return builder.ToString();
    }
}
