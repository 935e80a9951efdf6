using System.Text.RegularExpressions;
using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content.Citations;

/// <summary>Reads a topic's <c>references:</c>, each checked at its own line: the NLM fields, and the old title-and-url form.</summary>
public static partial class ReferenceReader
{
    public static readonly IReadOnlyList<string> Keys =
        ["id", "type", "authors", "title", "journal", "year", "volume", "issue", "pages", "doi", "pmid", "url", "publisher", "accessed"];

    /// <summary>The type names a writer may use, in the order the contract lists them.</summary>
    public static readonly IReadOnlyList<string> TypeNames = ["article", "web", "guideline", "label", "book"];

    public static IReadOnlyList<Reference> Read(YamlMappingReader reader, DateOnly today)
    {
        var references = new List<Reference>();
        if (reader.Sequence("references") is not { } sequence)
        {
            return references;
        }

        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                reader.Diagnostics.Error(DiagnosticCode.WrongType, item.Location, $"each reference must have a title and a url, found {item.KindName}", "write - { title: ..., url: https://... }");
                continue;
            }

            if (ReadOne(new YamlMappingReader(mapping, reader.Diagnostics), today) is not { } reference)
            {
                continue;
            }

            if (reference.Id is { } id)
            {
                var where = new YamlMappingReader(mapping, reader.Diagnostics).ValueLocation("id");
                if (ids.TryGetValue(id, out var first))
                {
                    reader.Diagnostics.Error(DiagnosticCode.DuplicateId, where, $"reference id '{id}' is used twice (first on line {first.Line})", "give each reference its own id");
                    reference = reference with { Id = null };
                }
                else
                {
                    ids.Add(id, where);
                }
            }

            references.Add(reference);
        }

        return references;
    }

    private static Reference? ReadOne(YamlMappingReader nested, DateOnly today)
    {
        var diagnostics = nested.Diagnostics;
        nested.RejectUnknownKeys(Keys, "a reference");
        var title = nested.String("title", required: true);
        var journal = nested.String("journal");
        var type = ReadType(nested, journal);
        var url = nested.String("url", required: type == ReferenceType.Web);
        if (url is not null && !ExternalAddresses.IsWebAddress(url))
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("url"), $"reference url '{url}' is not an http or https address");
            url = null;
        }

        var year = nested.Integer("year");
        if (year is < 1000 or > 9999)
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("year"), $"reference year '{year}' is not a year");
            year = null;
        }
        else if (year > today.Year)
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("year"), $"reference year {year} is in the future", "write the year the source was published");
            year = null;
        }

        var doi = nested.String("doi");
        if (doi is not null && !DoiPattern().IsMatch(doi))
        {
            var bare = DoiPrefix().Replace(doi, "");
            diagnostics.Error(
                DiagnosticCode.InvalidValue,
                nested.ValueLocation("doi"),
                $"doi '{doi}' is not a DOI: expected 10.NNNN/… (10., four to nine digits, a slash, then the item's name)",
                bare != doi && DoiPattern().IsMatch(bare) ? $"write the DOI alone: doi: {bare}" : "copy it from the article's page at PubMed or the publisher");
            doi = null;
        }

        var pmid = nested.String("pmid");
        if (pmid is not null && !PmidPattern().IsMatch(pmid))
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("pmid"), $"pmid '{pmid}' is not a PubMed ID: expected digits only", "copy the number after 'PMID:' on the article's PubMed page");
            pmid = null;
        }

        var id = nested.String("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("id"), $"reference id '{id}' may use only letters, digits and _ - . : between them", "for example feder2021, as cited by [@feder2021]");
            id = null;
        }

        if (title is null || (type == ReferenceType.Web && url is null))
        {
            return null;
        }

        if (type == ReferenceType.Article && doi is null && pmid is null && url is null)
        {
            diagnostics.Warning(
                DiagnosticCode.ReferenceNotFindable,
                nested.Location,
                $"the article '{Abbreviate(title)}' has no doi, pmid or url, so a reader cannot find it",
                "add its DOI or PubMed ID, copied from PubMed");
        }

        return new Reference(type, title)
        {
            Id = id,
            Authors = nested.StringList("authors"),
            Journal = journal,
            Volume = nested.String("volume"),
            Issue = nested.String("issue"),
            Pages = nested.String("pages"),
            Publisher = nested.String("publisher"),
            Year = year,
            Doi = doi,
            Pmid = pmid,
            Url = url,
            Accessed = nested.Date("accessed"),
            UrlLocation = nested.ValueLocation("url"),
            Location = nested.Location,
        };
    }

    private static ReferenceType ReadType(YamlMappingReader nested, string? journal)
    {
        var type = nested.String("type");
        if (type is null)
        {
            return journal is null ? ReferenceType.Web : ReferenceType.Article;
        }

        var index = TypeNames.ToList().IndexOf(type);
        if (index >= 0)
        {
            return (ReferenceType)index;
        }

        nested.Diagnostics.Error(
            DiagnosticCode.InvalidValue,
            nested.ValueLocation("type"),
            $"reference type '{type}' is not known ({string.Join(", ", TypeNames)})",
            SpellingSuggestion.Hint(type, TypeNames));
        return journal is null ? ReferenceType.Web : ReferenceType.Article;
    }

    private static string Abbreviate(string title) => title.Length <= 60 ? title : title[..60] + "…";

    /// <summary>Crossref's advice for modern DOIs, loosened to any character after the slash but spaces.</summary>
    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"^[0-9]{1,9}$")]
    private static partial Regex PmidPattern();

    /// <summary>What <c>[@id]</c> accepts (see CitationParser): letters, digits and underscores, joined by - . or :.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_]+(?:[-.:][A-Za-z0-9_]+)*$")]
    public static partial Regex IdPattern();
}
