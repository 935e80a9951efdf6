using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Configuration;

/// <summary>Reads and checks site.yml's <c>urgent_help</c> section: every service, the risk levels in show_on, the keywords.</summary>
public static class UrgentHelpReader
{
    public const string Key = "urgent_help";

    private static readonly string[] Keys = ["title", "intro", "services", "show_on", "keywords"];

    private static readonly string[] ServiceKeys = ["name", "region", "phone", "text", "url", "when"];

    /// <summary>The section, or null when site.yml has none or it is too broken to use (diagnostics say why).</summary>
    public static UrgentHelp? Read(YamlMappingReader site, IReadOnlyList<RiskLevel> riskLevels)
    {
        if (site.NestedMapping(Key) is not { } mapping)
        {
            return null;
        }

        var diagnostics = site.Diagnostics;
        var errorsBefore = diagnostics.ErrorCount;
        var reader = new YamlMappingReader(mapping, diagnostics);
        reader.RejectUnknownKeys(Keys, Key);
        var title = reader.String("title") ?? UrgentHelp.DefaultTitle;
        var intro = reader.String("intro");
        var services = ReadServices(reader);
        var showOn = new List<string>();
        foreach (var id in reader.LocatedStringList("show_on"))
        {
            if (riskLevels.Any(level => level.Id == id.Value))
            {
                showOn.Add(id.Value);
                continue;
            }

            var known = riskLevels.Select(level => level.Id).ToList();
            diagnostics.Error(
                DiagnosticCode.UnknownReference,
                id.Location,
                $"show_on '{id.Value}' is not a risk level ({SiteConfigReader.Known(known)})",
                SpellingSuggestion.Hint(id.Value, known));
        }

        var keywords = reader.StringList("keywords");
        return diagnostics.ErrorCount > errorsBefore ? null : new UrgentHelp(title, intro, services, showOn, keywords) { IntroLocation = reader.ValueLocation("intro") };
    }

    private static List<HelpService> ReadServices(YamlMappingReader reader)
    {
        var services = new List<HelpService>();
        if (reader.Sequence("services", required: true) is not { } sequence)
        {
            return services;
        }

        if (sequence.Items.Count == 0)
        {
            reader.Diagnostics.Error(DiagnosticCode.MissingKey, sequence.Location, "services must list at least one service", "add - { name: ..., phone: \"...\", when: ... }");
        }

        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                reader.Diagnostics.Error(DiagnosticCode.WrongType, item.Location, $"each service must have a name and a phone number, found {item.KindName}", "write - { name: Samaritans, phone: \"116 123\", when: ... }");
                continue;
            }

            var nested = new YamlMappingReader(mapping, reader.Diagnostics);
            nested.RejectUnknownKeys(ServiceKeys, "a service");
            var name = nested.String("name", required: true);
            var phone = Number(nested, "phone");
            var text = Number(nested, "text");
            var url = nested.String("url");
            if (url is not null && !ExternalAddresses.IsWebAddress(url))
            {
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, nested.ValueLocation("url"), $"service url '{url}' is not an http or https address", "for example https://www.samaritans.org/");
            }

            if (nested.Node("phone") is null && nested.Node("text") is null)
            {
                // A text-only service (Shout's 85258) is as real as a phone line; a service with neither cannot be reached.
                reader.Diagnostics.Error(DiagnosticCode.MissingKey, mapping.Location, $"service '{name}' has no phone number", "add phone: \"...\" (or text: \"...\" for a service that takes text messages)");
            }

            if (name is not null && (phone is not null || text is not null))
            {
                services.Add(new HelpService(name, nested.String("region"), phone, text, url, nested.String("when")));
            }
        }

        return services;
    }

    /// <summary>A phone or text number as written, which must hold digits and may hold spaces, +, -, dots and brackets.</summary>
    private static string? Number(YamlMappingReader reader, string key)
    {
        var number = reader.String(key);
        if (number is null)
        {
            return null;
        }

        if (IsNumber(number))
        {
            return number;
        }

        reader.Diagnostics.Error(
            DiagnosticCode.InvalidValue,
            reader.ValueLocation(key),
            $"{key} '{number}' is not a phone number: use digits, spaces and + - ( ) only",
            "write the digits a reader dials, in quotes: \"116 123\"; put words such as 'text SHOUT' in when:");
        return null;
    }

    internal static bool IsNumber(string number) =>
        number.Any(char.IsAsciiDigit) && number.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.')
        && number.IndexOf('+', 1) < 0;
}
