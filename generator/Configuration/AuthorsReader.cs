using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Yaml;

namespace HealthLibrary.Configuration;

/// <summary>Reads authors.yml: the people who write and review, keyed by id.</summary>
public static class AuthorsReader
{
    public const string FileName = "authors.yml";

    public static IReadOnlyDictionary<string, Author> Read(IContentSource input, DiagnosticBag diagnostics)
    {
        var authors = new Dictionary<string, Author>(StringComparer.Ordinal);
        var mapping = YamlFileReader.ReadMapping(input, FileName, diagnostics, required: true);
        if (mapping is null)
        {
            return authors;
        }

        foreach (var entry in mapping.Entries)
        {
            var id = entry.Key.Value;
            if (!Slugs.IsValid(id))
            {
                diagnostics.Error(DiagnosticCode.InvalidValue, entry.Key.Location, $"author id '{Slugs.Abbreviate(id)}' may use only a-z, 0-9 and -, at most {Slugs.MaxLength} characters", $"for example '{Slugs.Abbreviate(Slugs.FromName(id))}'");
                continue;
            }

            if (entry.Value is not YamlMapping person)
            {
                diagnostics.Error(DiagnosticCode.WrongType, entry.Value.Location, $"author '{id}' must have keys such as name and credentials, found {entry.Value.KindName}");
                continue;
            }

            var reader = new YamlMappingReader(person, diagnostics);
            reader.RejectUnknownKeys(["name", "credentials", "bio", "url", "fictional"], $"author '{id}'");
            var name = reader.String("name", required: true);
            var url = reader.String("url");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                diagnostics.Error(DiagnosticCode.InvalidValue, reader.ValueLocation("url"), $"url '{url}' is not an http or https address");
                url = null;
            }

            // Kept even without a name, so topics naming this id get no second, misleading error.
            authors[id] = new Author(id, name ?? id, reader.String("credentials"), reader.String("bio"), url, reader.ValueLocation("bio"))
            {
                Fictional = reader.Boolean("fictional") ?? false,
            };
        }

        return authors;
    }
}
