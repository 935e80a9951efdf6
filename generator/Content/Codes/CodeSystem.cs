using System.Text.RegularExpressions;

namespace HealthLibrary.Content.Codes;

/// <summary>A clinical coding system a topic's <c>codes:</c> may name, with the form its codes take.</summary>
public sealed partial class CodeSystem
{
    private readonly Func<string, bool> _isValid;

    private CodeSystem(string id, string name, string form, Func<string, bool> isValid, bool upperCase)
    {
        Id = id;
        Name = name;
        Form = form;
        _isValid = isValid;
        UpperCase = upperCase;
    }

    /// <summary>The name writers and portals use: <c>icd10cm</c>, <c>snomed</c>, ...</summary>
    public string Id { get; }

    /// <summary>The name schema.org's <c>codingSystem</c> takes.</summary>
    public string Name { get; }

    /// <summary>The form a code must have, as a diagnostic says it.</summary>
    public string Form { get; }

    /// <summary>Codes of this system are written in capitals, so a code in small letters is the same code.</summary>
    public bool UpperCase { get; }

    public static readonly CodeSystem Icd10Cm = new("icd10cm", "ICD-10-CM", "a letter, two digits, then optionally a dot and 1 to 4 letters or digits, such as F33.2", code => Icd10Pattern().IsMatch(code), true);
    public static readonly CodeSystem Icd10 = new("icd10", "ICD-10", "a letter, two digits, then optionally a dot and 1 to 4 letters or digits, such as F33.2", code => Icd10Pattern().IsMatch(code), true);
    public static readonly CodeSystem Snomed = new("snomed", "SNOMED-CT", "6 to 18 digits whose last digit is the Verhoeff check digit of the rest", IsSnomed, false);
    public static readonly CodeSystem Loinc = new("loinc", "LOINC", "digits, a hyphen and the mod-10 check digit, such as 2345-7", IsLoinc, false);
    public static readonly CodeSystem RxNorm = new("rxnorm", "RxNorm", "digits only (an RxNorm concept id, RXCUI)", code => RxNormPattern().IsMatch(code), false);
    public static readonly CodeSystem Mesh = new("mesh", "MeSH", "D and six digits (a descriptor), or C and six or nine digits (a supplementary concept)", code => MeshPattern().IsMatch(code), true);
    public static readonly CodeSystem Atc = new("atc", "ATC", "a letter, two digits, two letters, two digits, such as N06AX27 (or a shorter start of one: N06A)", code => AtcPattern().IsMatch(code), true);

    public static readonly IReadOnlyList<CodeSystem> All = [Icd10Cm, Icd10, Snomed, Loinc, RxNorm, Mesh, Atc];

    public static CodeSystem? Find(string id) => All.FirstOrDefault(system => system.Id == id);

    public bool IsValid(string code) => _isValid(code);

    private static bool IsSnomed(string code) => SnomedPattern().IsMatch(code) && Verhoeff.IsValid(code);

    private static bool IsLoinc(string code) =>
        LoincPattern().Match(code) is { Success: true } match && LoincCheckDigit.Of(match.Groups[1].ValueSpan) == match.Groups[2].ValueSpan[0] - '0';

    [GeneratedRegex(@"^[A-Z][0-9]{2}(?:\.[A-Z0-9]{1,4})?$")]
    private static partial Regex Icd10Pattern();

    [GeneratedRegex(@"^[1-9][0-9]{5,17}$")]
    private static partial Regex SnomedPattern();

    [GeneratedRegex(@"^([0-9]{1,7})-([0-9])$")]
    private static partial Regex LoincPattern();

    [GeneratedRegex(@"^[0-9]{1,9}$")]
    private static partial Regex RxNormPattern();

    [GeneratedRegex(@"^(?:D[0-9]{6}|C[0-9]{6}(?:[0-9]{3})?)$")]
    private static partial Regex MeshPattern();

    [GeneratedRegex(@"^[A-Z](?:[0-9]{2}(?:[A-Z](?:[A-Z](?:[0-9]{2})?)?)?)?$")]
    private static partial Regex AtcPattern();
}
