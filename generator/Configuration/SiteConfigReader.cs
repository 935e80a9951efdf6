using HealthLibrary.Content;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Configuration;

/// <summary>Reads and validates site.yml into a <see cref="SiteConfig"/>.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    private static readonly string[] Keys =
    [
        "title", "description", "base_url", "language", "theme", "review_interval_months", "navigation",
        "markdown", "risk_levels", "categories", "disclaimers", "default_disclaimers",
    ];

    /// <summary>The config, or null when it is missing or too broken to use (diagnostics say why).</summary>
    public static SiteConfig? Read(IContentSource input, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var mapping = YamlFileReader.ReadMapping(input, FileName, diagnostics, required: true);
        if (mapping is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var reader = new YamlMappingReader(mapping, diagnostics);
        reader.RejectUnknownKeys(Keys, "site.yml");

        var title = reader.String("title", required: true) ?? "";
        var description = reader.String("description") ?? "";
        var baseUrl = ReadBaseUrl(reader, baseUrlOverride);
        var language = reader.String("language") ?? "en";
        var theme = reader.String("theme") ?? "default";
        var interval = reader.Integer("review_interval_months") ?? 36;
        if (interval is <= 0 or > SiteConfig.MaxReviewIntervalMonths)
        {
            diagnostics.Error(DiagnosticCode.InvalidValue, reader.ValueLocation("review_interval_months"), $"review_interval_months must be from 1 to {SiteConfig.MaxReviewIntervalMonths}, found {interval}");
        }

        var navigation = ReadNavigation(reader);
        var allowHtml = ReadMarkdown(reader);
        var disclaimers = ReadDisclaimers(reader);
        var riskLevels = ReadRiskLevels(reader, disclaimers);
        var categories = ReadCategories(reader);
        var defaults = ReadDisclaimerIds(reader, "default_disclaimers", disclaimers);

        if (diagnostics.ErrorCount > errorsBefore || baseUrl is null)
        {
            return null;
        }

        return new SiteConfig(title, description, baseUrl, language, theme, interval, navigation, allowHtml, riskLevels, categories, disclaimers, defaults);
    }

    /// <summary>Checks a list of disclaimer ids against those site.yml defines, each at its own location.</summary>
    public static IReadOnlyList<string> ReadDisclaimerIds(YamlMappingReader reader, string key, IReadOnlyDictionary<string, Disclaimer> disclaimers)
    {
        var ids = new List<string>();
        foreach (var id in reader.LocatedStringList(key))
        {
            if (disclaimers.ContainsKey(id.Value))
            {
                ids.Add(id.Value);
            }
            else
            {
                reader.Diagnostics.Error(
                    DiagnosticCode.UnknownReference,
                    id.Location,
                    $"disclaimer '{id.Value}' is not defined in site.yml ({Known(disclaimers.Keys)})",
                    SpellingSuggestion.Hint(id.Value, disclaimers.Keys));
            }
        }

        return ids;
    }

    internal static string Known(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "none are defined" : string.Join(", ", list);
    }

    private static Uri? ReadBaseUrl(YamlMappingReader reader, string? baseUrlOverride)
    {
        var text = baseUrlOverride ?? reader.String("base_url", required: true);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Query.Length == 0 && uri.Fragment.Length == 0)
        {
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
        }

        reader.Diagnostics.Error(
            DiagnosticCode.InvalidValue,
            baseUrlOverride is null ? reader.ValueLocation("base_url") : SourceLocation.WholeFile("--base-url"),
            $"base_url '{text}' is not an http or https address",
            "for example https://example.org/ or https://example.org/health/");
        return null;
    }

    private static NavigationScope ReadNavigation(YamlMappingReader reader)
    {
        if (reader.NestedMapping("navigation") is not { } mapping)
        {
            return NavigationScope.Category;
        }

        var nested = new YamlMappingReader(mapping, reader.Diagnostics);
        nested.RejectUnknownKeys(["scope"], "navigation");
        var scope = nested.String("scope");
        switch (scope)
        {
            case null or "category":
                return NavigationScope.Category;
            case "library":
                return NavigationScope.Library;
            default:
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("scope"), $"navigation scope '{scope}' is not known (category, library)", SpellingSuggestion.Hint(scope, ["category", "library"]));
                return NavigationScope.Category;
        }
    }

    private static bool ReadMarkdown(YamlMappingReader reader)
    {
        if (reader.NestedMapping("markdown") is not { } mapping)
        {
            return false;
        }

        var nested = new YamlMappingReader(mapping, reader.Diagnostics);
        nested.RejectUnknownKeys(["allow_html"], "markdown");
        return nested.Boolean("allow_html") ?? false;
    }

    private static Dictionary<string, Disclaimer> ReadDisclaimers(YamlMappingReader reader)
    {
        var disclaimers = new Dictionary<string, Disclaimer>(StringComparer.Ordinal);
        if (reader.NestedMapping("disclaimers") is not { } mapping)
        {
            return disclaimers;
        }

        foreach (var entry in mapping.Entries)
        {
            var id = entry.Key.Value;
            if (!IsId(id))
            {
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, entry.Key.Location, $"disclaimer id '{id}' may use only a-z, 0-9 and -");
                continue;
            }

            if (entry.Value is not YamlMapping body)
            {
                reader.Diagnostics.Error(DiagnosticCode.WrongType, entry.Value.Location, $"disclaimer '{id}' must have a title and a text, found {entry.Value.KindName}");
                continue;
            }

            var nested = new YamlMappingReader(body, reader.Diagnostics);
            nested.RejectUnknownKeys(["title", "text"], $"disclaimer '{id}'");
            var title = nested.String("title", required: true);
            var text = nested.String("text", required: true);
            if (title is not null && text is not null)
            {
                disclaimers[id] = new Disclaimer(id, title, text, nested.ValueLocation("text"));
            }
        }

        return disclaimers;
    }

    private static List<RiskLevel> ReadRiskLevels(YamlMappingReader reader, IReadOnlyDictionary<string, Disclaimer> disclaimers)
    {
        var levels = new List<RiskLevel>();
        if (reader.Sequence("risk_levels", required: true) is not { } sequence)
        {
            return levels;
        }

        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                reader.Diagnostics.Error(DiagnosticCode.WrongType, item.Location, $"each risk level must have an id, a label and a description, found {item.KindName}");
                continue;
            }

            var nested = new YamlMappingReader(mapping, reader.Diagnostics);
            nested.RejectUnknownKeys(["id", "label", "description", "disclaimers"], "a risk level");
            var id = nested.String("id", required: true);
            var label = nested.String("label", required: true);
            var description = nested.String("description") ?? "";
            var ids = ReadDisclaimerIds(nested, "disclaimers", disclaimers);
            if (id is null || label is null)
            {
                continue;
            }

            if (!IsId(id))
            {
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("id"), $"risk level id '{id}' may use only a-z, 0-9 and -");
            }
            else if (levels.Exists(level => level.Id == id))
            {
                reader.Diagnostics.Error(DiagnosticCode.DuplicateId, nested.ValueLocation("id"), $"risk level '{id}' is defined twice");
            }
            else
            {
                levels.Add(new RiskLevel(id, label, description, ids, levels.Count));
            }
        }

        if (levels.Count == 0 && sequence.Items.Count == 0)
        {
            reader.Diagnostics.Error(DiagnosticCode.MissingKey, sequence.Location, "risk_levels must list at least one level");
        }

        return levels;
    }

    private static List<string>? ReadCategories(YamlMappingReader reader)
    {
        if (reader.Node("categories") is null)
        {
            return null;
        }

        var categories = new List<string>();
        foreach (var category in reader.LocatedStringList("categories"))
        {
            var slug = Slugs.FromName(category.Value);
            if (categories.Contains(category.Value, StringComparer.OrdinalIgnoreCase))
            {
                reader.Diagnostics.Error(DiagnosticCode.DuplicateId, category.Location, $"category '{category.Value}' is listed twice");
            }
            else if (slug.Length == 0)
            {
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, category.Location, $"category '{category.Value}' has no letters or digits to make an address from");
            }
            else if (categories.Find(other => Slugs.FromName(other) == slug) is { } same)
            {
                reader.Diagnostics.Error(DiagnosticCode.DuplicateId, category.Location, $"category '{category.Value}' would share the address /categories/{slug}/ with '{same}'", "name them so they differ in more than case and punctuation");
            }
            else
            {
                categories.Add(category.Value);
            }
        }

        return categories;
    }

    internal static bool IsId(string value) => Slugs.IsValid(value);

}
