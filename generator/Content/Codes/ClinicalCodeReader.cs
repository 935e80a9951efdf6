using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content.Codes;

/// <summary>Reads a topic's <c>codes:</c>, each code checked against its system's form at its own line.</summary>
public static class ClinicalCodeReader
{
    public static IReadOnlyList<ClinicalCode> Read(YamlMappingReader reader)
    {
        var codes = new List<ClinicalCode>();
        if (reader.Sequence("codes") is not { } sequence)
        {
            return codes;
        }

        var systems = CodeSystem.All.Select(system => system.Id).ToList();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                reader.Diagnostics.Error(DiagnosticCode.WrongType, item.Location, $"each code must have a system and a code, found {item.KindName}", "write - { system: icd10cm, code: F33.2, display: ... }");
                continue;
            }

            var nested = new YamlMappingReader(mapping, reader.Diagnostics);
            nested.RejectUnknownKeys(["system", "code", "display"], "a code");
            var systemId = nested.String("system", required: true);
            var code = nested.String("code", required: true);
            var display = nested.String("display");
            if (systemId is null || code is null)
            {
                continue;
            }

            if (CodeSystem.Find(systemId) is not { } system)
            {
                reader.Diagnostics.Error(
                    DiagnosticCode.InvalidValue,
                    nested.ValueLocation("system"),
                    $"code system '{systemId}' is not known ({string.Join(", ", systems)})",
                    SpellingSuggestion.Hint(systemId, systems));
                continue;
            }

            var written = system.UpperCase ? code.ToUpperInvariant() : code;
            if (!system.IsValid(written))
            {
                reader.Diagnostics.Error(
                    DiagnosticCode.InvalidValue,
                    nested.ValueLocation("code"),
                    $"{system.Id} code '{code}' is not of the form {system.Form}",
                    "copy the code from the system's own browser; a typing slip changes the check digit");
                continue;
            }

            codes.Add(new ClinicalCode(system, written, display, nested.ValueLocation("code")));
        }

        return codes;
    }
}
