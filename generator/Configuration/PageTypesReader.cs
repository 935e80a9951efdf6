using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Configuration;

/// <summary>Reads site.yml's <c>page_types</c>, and the <c>type</c> a category may give its topics.</summary>
public static class PageTypesReader
{
    public const string Key = "page_types";

    private static readonly string[] Keys = ["label", "required_sections", "recommended_sections", "risk_wording"];

    public static Dictionary<string, PageType> Read(YamlMappingReader site)
    {
        var types = new Dictionary<string, PageType>(StringComparer.Ordinal);
        if (site.NestedMapping(Key) is not { } mapping)
        {
            return types;
        }

        foreach (var entry in mapping.Entries)
        {
            var id = entry.Key.Value;
            if (!SiteConfigReader.IsId(id))
            {
                site.Diagnostics.Error(DiagnosticCode.InvalidValue, entry.Key.Location, $"page type id '{Slugs.Abbreviate(id)}' may use only a-z, 0-9 and -, at most {Slugs.MaxLength} characters");
                continue;
            }

            if (entry.Value is not YamlMapping body)
            {
                site.Diagnostics.Error(DiagnosticCode.WrongType, entry.Value.Location, $"page type '{id}' must have a label, found {entry.Value.KindName}", "write it as: { label: Condition, required_sections: [Symptoms] }");
                continue;
            }

            var nested = new YamlMappingReader(body, site.Diagnostics);
            nested.RejectUnknownKeys(Keys, $"page type '{id}'");
            var label = nested.String("label", required: true);
            var required = nested.StringList("required_sections");
            var recommended = nested.StringList("recommended_sections");
            if (label is not null)
            {
                types[id] = new PageType(id, label, required, recommended, nested.String("risk_wording"));
            }
        }

        return types;
    }

    /// <summary>Checks a type id written in site.yml or front matter; null, with an error and a suggestion, when there is no such type.</summary>
    public static string? Resolve(Located<string> id, IReadOnlyDictionary<string, PageType> types, DiagnosticBag diagnostics)
    {
        if (types.ContainsKey(id.Value))
        {
            return id.Value;
        }

        diagnostics.Error(
            DiagnosticCode.UnknownReference,
            id.Location,
            $"type '{id.Value}' is not one of the page_types in site.yml ({SiteConfigReader.Known(types.Keys)})",
            SpellingSuggestion.Hint(id.Value, types.Keys) ?? "add it to page_types in site.yml, or use one of these");
        return null;
    }
}
