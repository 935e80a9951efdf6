using System.Globalization;
using System.Net;
using System.Text;
using HealthLibrary.Content.Citations;

namespace HealthLibrary.Rendering;

/// <summary>
/// A reference as HTML in the NLM (Vancouver) style of <i>Citing Medicine</i>: authors, title, source, date and
/// location, then the DOI and PMID, each a link. Every value from the writer is HTML-encoded here.
/// </summary>
public static class NlmStyle
{
    /// <summary>More authors than this print as the first <see cref="AuthorsBeforeEtAl"/> and "et al.".</summary>
    public const int MaxAuthors = 6;

    public const int AuthorsBeforeEtAl = 3;

    public static string Html(Reference reference)
    {
        var html = new StringBuilder();
        if (reference.Authors.Count > 0)
        {
            var shown = reference.Authors.Count > MaxAuthors ? reference.Authors.Take(AuthorsBeforeEtAl).Append("et al") : reference.Authors;
            Sentence(html, Encode(string.Join(", ", shown)));
        }

        var title = "<cite>" + Encode(reference.Title) + "</cite>";
        switch (reference.Type)
        {
            case ReferenceType.Article:
                Sentence(html, title);
                if (reference.Journal is { } journal)
                {
                    Sentence(html, Encode(journal));
                }

                Sentence(html, Encode(ArticleLocation(reference)));
                break;
            case ReferenceType.Book:
                Sentence(html, title);
                Sentence(html, Encode(Join("; ", reference.Publisher, Year(reference))));
                break;
            default:
                var medium = reference.Type == ReferenceType.Label ? " [label on the Internet]" : " [Internet]";
                Sentence(html, title + medium);
                var cited = reference.Accessed is { } accessed ? $"[cited {accessed.ToString("yyyy MMM d", CultureInfo.InvariantCulture)}]" : null;
                Sentence(html, Encode(Join(" ", Join("; ", reference.Publisher, Year(reference)), cited)));
                break;
        }

        if (reference.Doi is { } doi)
        {
            Sentence(html, $"doi: {Link(Reference.DoiUrl(doi), doi)}");
        }

        if (reference.Pmid is { } pmid)
        {
            Sentence(html, $"PMID: {Link(Reference.PubMedUrl(pmid), pmid)}");
        }

        if (reference.Url is { } url && (reference.Type != ReferenceType.Article || (reference.Doi is null && reference.Pmid is null)))
        {
            html.Append("Available from: ").Append(Link(url, url));
        }

        return html.ToString().TrimEnd();
    }

    /// <summary>"2021;178(2):193-202", or as much of it as is known.</summary>
    private static string? ArticleLocation(Reference reference)
    {
        var where = new StringBuilder();
        where.Append(Year(reference));
        if (reference.Volume is { } volume)
        {
            where.Append(where.Length > 0 ? ";" : "").Append(volume);
        }

        if (reference.Issue is { } issue)
        {
            where.Append('(').Append(issue).Append(')');
        }

        if (reference.Pages is { } pages)
        {
            where.Append(':').Append(pages);
        }

        return where.Length == 0 ? null : where.ToString();
    }

    private static string? Year(Reference reference) => reference.Year?.ToString(CultureInfo.InvariantCulture);

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(part => !string.IsNullOrEmpty(part)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }

    /// <summary>Appends a part and ends it with a full stop, unless it ends with its own punctuation already.</summary>
    private static void Sentence(StringBuilder html, string? part)
    {
        if (string.IsNullOrEmpty(part))
        {
            return;
        }

        html.Append(part);
        var last = part.EndsWith("</cite>", StringComparison.Ordinal) ? WebUtility.HtmlDecode(part[..^"</cite>".Length]).LastOrDefault() : part[^1];
        if (last is not ('.' or '?' or '!'))
        {
            html.Append('.');
        }

        html.Append(' ');
    }

    private static string Link(string url, string text) => $"<a href=\"{Encode(url)}\">{Encode(text)}</a>";

    private static string Encode(string? text) => text is null ? "" : WebUtility.HtmlEncode(text);
}
