using System.Globalization;
using System.Text.RegularExpressions;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Yaml;

/// <summary>Reads typed values out of a YAML mapping, turning every mistake into a diagnostic at its place.</summary>
public sealed partial class YamlMappingReader(YamlMapping mapping, DiagnosticBag diagnostics)
{
    public YamlMapping Mapping => mapping;

    public SourceLocation Location => mapping.Location;

    public DiagnosticBag Diagnostics => diagnostics;

    public YamlNode? Node(string key) => mapping.Find(key)?.Value;

    public SourceLocation ValueLocation(string key) => mapping.Find(key)?.Value.Location ?? mapping.Location;

    /// <summary>Reports every key not in <paramref name="known"/>, with the closest known key as a hint.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> known, string where)
    {
        foreach (var entry in mapping.Entries)
        {
            if (!known.Contains(entry.Key.Value))
            {
                diagnostics.Error(
                    DiagnosticCode.UnknownKey,
                    entry.Key.Location,
                    $"'{entry.Key.Value}' is not a key of {where}",
                    SpellingSuggestion.Hint(entry.Key.Value, known) ?? "known keys: " + string.Join(", ", known));
            }
        }
    }

    public string? String(string key, bool required = false, int maxLength = int.MaxValue)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar scalar)
        {
            WrongType(key, node, "text");
            return null;
        }

        var value = scalar.Value.Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                diagnostics.Error(DiagnosticCode.MissingKey, scalar.Location, $"{key} is empty", $"write the {key} after '{key}:'");
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            diagnostics.Error(
                DiagnosticCode.InvalidValue,
                scalar.Location,
                $"{key} is {value.Length} characters long; at most {maxLength} are allowed",
                "shorten it");
            return null;
        }

        return value;
    }

    public IReadOnlyList<string> StringList(string key, bool required = false) =>
        LocatedStringList(key, required).Select(item => item.Value).ToList();

    /// <summary>A list of text items, each with its own location so a bad item can be pointed at.</summary>
    public IReadOnlyList<Located<string>> LocatedStringList(string key, bool required = false)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequence sequence)
        {
            WrongType(key, node, "a list", node is YamlScalar s ? $"write it as a list: {key}: [{s.Value}]" : null);
            return [];
        }

        var items = new List<Located<string>>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar scalar && !scalar.IsNull && scalar.Value.Trim().Length > 0)
            {
                items.Add(new Located<string>(scalar.Value.Trim(), scalar.Location));
            }
            else
            {
                diagnostics.Error(
                    DiagnosticCode.WrongType,
                    item.Location,
                    $"each item of {key} must be a short text, found {(item is YamlScalar ? "an empty item" : item.KindName)}");
            }
        }

        return items;
    }

    public DateOnly? Date(string key)
    {
        var node = Present(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar
            && DatePattern().IsMatch(scalar.Value)
            && DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(
            DiagnosticCode.InvalidValue,
            node.Location,
            node is YamlScalar bad ? $"{key} '{bad.Value}' is not a date" : $"{key} must be a date, found {node.KindName}",
            "write dates as YYYY-MM-DD, for example 2025-03-14");
        return null;
    }

    public int? Integer(string key)
    {
        var node = Present(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { IsPlain: true } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Error(
            DiagnosticCode.WrongType,
            node.Location,
            node is YamlScalar bad ? $"{key} '{bad.Value}' is not a whole number" : $"{key} must be a whole number, found {node.KindName}");
        return null;
    }

    public bool? Boolean(string key)
    {
        var node = Present(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        diagnostics.Error(
            DiagnosticCode.WrongType,
            node.Location,
            node is YamlScalar bad ? $"{key} '{bad.Value}' is not true or false" : $"{key} must be true or false, found {node.KindName}");
        return null;
    }

    public YamlMapping? NestedMapping(string key, bool required = false) => Typed<YamlMapping>(key, required, "a set of keys");

    public YamlSequence? Sequence(string key, bool required = false) => Typed<YamlSequence>(key, required, "a list");

    private T? Typed<T>(string key, bool required, string expected)
        where T : YamlNode
    {
        var node = Present(key, required);
        if (node is null or T)
        {
            return (T?)node;
        }

        WrongType(key, node, expected);
        return null;
    }

    private YamlNode? Present(string key, bool required)
    {
        var entry = mapping.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            if (required)
            {
                diagnostics.Error(
                    DiagnosticCode.MissingKey,
                    entry?.Key.Location ?? mapping.Location,
                    entry is null ? $"'{key}' is required but missing" : $"{key} is empty",
                    $"add '{key}:' with a value");
            }

            return null;
        }

        return entry.Value;
    }

    private void WrongType(string key, YamlNode node, string expected, string? hint = null) =>
        diagnostics.Error(DiagnosticCode.WrongType, node.Location, $"{key} must be {expected}, found {node.KindName}", hint);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();
}
