using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Yaml;

namespace HealthLibrary.Configuration;

/// <summary>Reads and validates site.yml into a <see cref="SiteConfig"/>.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    internal static readonly string[] Keys =
    [
        "title", "description", "base_url", "language", "theme", "review_interval_months", "navigation",
        "markdown", "search", "risk_levels", "categories", "disclaimers", "default_disclaimers", "readability",
        "notice",
        UrgentHelpReader.Key, PageTypesReader.Key,
        "icon", "image", "publisher",
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
        var searchSplit = ReadSearchSplit(reader);
        var disclaimers = ReadDisclaimers(reader);
        var riskLevels = ReadRiskLevels(reader, disclaimers);
        var pageTypes = PageTypesReader.Read(reader);
        var categoryTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        var categories = ReadCategories(reader, pageTypes, categoryTypes);
        var defaults = ReadDisclaimerIds(reader, "default_disclaimers", disclaimers);
        var maxGrade = ReadMaxGrade(reader);
        var notice = reader.String("notice");
        var urgentHelp = UrgentHelpReader.Read(reader, riskLevels);
        var icon = AssetReference.Read(reader, "icon", [".svg", ".png"]);
        var image = AssetReference.Read(reader, "image");
        var publisher = ReadPublisher(reader, title, baseUrl);

        if (diagnostics.ErrorCount > errorsBefore || baseUrl is null)
        {
            return null;
        }

        return new SiteConfig(title, description, baseUrl, language, theme, interval, navigation, allowHtml, searchSplit, riskLevels, categories, disclaimers, defaults)
        {
            MaxReadingGrade = maxGrade,
            Notice = string.IsNullOrWhiteSpace(notice) ? null : notice,
            UrgentHelp = urgentHelp,
            PageTypes = pageTypes,
            CategoryTypes = categoryTypes,
            Icon = icon,
            Image = image,
            Publisher = publisher,
        };
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

    private static Publisher ReadPublisher(YamlMappingReader reader, string title, Uri? baseUrl)
    {
        var fallback = new Publisher(title, baseUrl ?? new Uri("https://example.org/"));
        if (reader.NestedMapping("publisher") is not { } mapping)
        {
            return fallback;
        }

        var nested = new YamlMappingReader(mapping, reader.Diagnostics);
        nested.RejectUnknownKeys(["name", "url"], "publisher");
        var name = nested.String("name") ?? fallback.Name;
        if (nested.String("url") is not { } text)
        {
            return fallback with { Name = name };
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return new Publisher(name, url);
        }

        reader.Diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("url"), $"publisher url '{text}' is not an http or https address", "for example https://example.org/");
        return fallback with { Name = name };
    }

    private static NavigationScope ReadNavigation(YamlMappingReader reader) =>
        ReadChoice(reader, "navigation", "scope", [("category", NavigationScope.Category), ("library", NavigationScope.Library)]);

    private static double? ReadMaxGrade(YamlMappingReader reader)
    {
        if (reader.NestedMapping("readability") is not { } mapping)
        {
            return null;
        }

        var nested = new YamlMappingReader(mapping, reader.Diagnostics);
        nested.RejectUnknownKeys(["max_grade"], "readability");
        var grade = nested.Integer("max_grade");
        if (grade is < 1 or > 20)
        {
            reader.Diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("max_grade"), $"max_grade {grade} is not a school grade", "use a whole number from 1 to 20; 8 or 9 suits most health information");
            return null;
        }

        return grade;
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

    private static SearchSplitMode ReadSearchSplit(YamlMappingReader reader) =>
        ReadChoice(reader, "search", "split", [("auto", SearchSplitMode.Auto), ("always", SearchSplitMode.Always), ("never", SearchSplitMode.Never)]);

    /// <summary>
    /// A section of site.yml with one key whose value is one of a few words (navigation: scope:, search:
    /// split:); the first choice is the default, for a missing section or key and after a mistake.
    /// </summary>
    private static T ReadChoice<T>(YamlMappingReader reader, string section, string key, IReadOnlyList<(string Word, T Value)> choices)
    {
        if (reader.NestedMapping(section) is not { } mapping)
        {
            return choices[0].Value;
        }

        var nested = new YamlMappingReader(mapping, reader.Diagnostics);
        nested.RejectUnknownKeys([key], section);
        var word = nested.String(key);
        if (word is null)
        {
            return choices[0].Value;
        }

        foreach (var choice in choices)
        {
            if (choice.Word == word)
            {
                return choice.Value;
            }
        }

        var words = choices.Select(choice => choice.Word).ToList();
        reader.Diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation(key), $"{section} {key} '{word}' is not known ({string.Join(", ", words)})", SpellingSuggestion.Hint(word, words));
        return choices[0].Value;
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
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, entry.Key.Location, $"disclaimer id '{Slugs.Abbreviate(id)}' may use only a-z, 0-9 and -, at most {Slugs.MaxLength} characters");
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
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("id"), $"risk level id '{Slugs.Abbreviate(id)}' may use only a-z, 0-9 and -, at most {Slugs.MaxLength} characters");
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

    private static List<string>? ReadCategories(YamlMappingReader reader, IReadOnlyDictionary<string, PageType> types, Dictionary<string, string> categoryTypes)
    {
        if (reader.Node("categories") is null)
        {
            return null;
        }

        var categories = new List<string>();
        foreach (var (category, type) in CategoryEntries(reader, types))
        {
            var slug = Slugs.FromName(category.Value);
            if (categories.Contains(category.Value, StringComparer.OrdinalIgnoreCase))
            {
                reader.Diagnostics.Error(DiagnosticCode.DuplicateId, category.Location, $"category '{category.Value}' is listed twice");
            }
            else if (Slugs.AddressProblem(category.Value) is { } problem)
            {
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, category.Location, $"category '{Slugs.Abbreviate(category.Value)}' {problem}");
            }
            else if (categories.Find(other => Slugs.FromName(other) == slug) is { } same)
            {
                reader.Diagnostics.Error(DiagnosticCode.DuplicateId, category.Location, $"category '{category.Value}' would share the address /categories/{slug}/ with '{same}'", "name them so they differ in more than case and punctuation");
            }
            else
            {
                categories.Add(category.Value);
                if (type is not null)
                {
                    categoryTypes[category.Value] = type;
                }
            }
        }

        return categories;
    }

    /// <summary>The categories as written: a name, or <c>{ name, type }</c> when the category gives its topics a page type.</summary>
    private static List<(Located<string> Name, string? Type)> CategoryEntries(YamlMappingReader reader, IReadOnlyDictionary<string, PageType> types)
    {
        var entries = new List<(Located<string>, string?)>();
        if (reader.Node("categories") is not YamlSequence sequence)
        {
            return reader.LocatedStringList("categories").Select(name => (name, (string?)null)).ToList();
        }

        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping mapping)
            {
                var nested = new YamlMappingReader(mapping, reader.Diagnostics);
                nested.RejectUnknownKeys(["name", "type"], "a category");
                var name = nested.String("name", required: true);
                var type = nested.String("type") is { } id ? PageTypesReader.Resolve(new Located<string>(id, nested.ValueLocation("type")), types, reader.Diagnostics) : null;
                if (name is not null)
                {
                    entries.Add((new Located<string>(name, nested.ValueLocation("name")), type));
                }
            }
            else if (item is YamlScalar scalar && !scalar.IsNull && scalar.Value.Trim().Length > 0)
            {
                entries.Add((new Located<string>(scalar.Value.Trim(), scalar.Location), null));
            }
            else
            {
                reader.Diagnostics.Error(DiagnosticCode.WrongType, item.Location, $"each item of categories must be a name or {{ name, type }}, found {(item is YamlScalar ? "an empty item" : item.KindName)}");
            }
        }

        return entries;
    }

    internal static bool IsId(string value) => Slugs.IsValid(value);

}
