using HealthLibrary.Content.Codes;

namespace HealthLibrary.Tests.Content;

/// <summary>SNOMED CT's Verhoeff and LOINC's mod-10 check digits, computed for real codes and for codes one slip away.</summary>
public sealed class CheckDigitTests
{
    /// <summary>Concept ids from SNOMED CT's international release.</summary>
    [Theory]
    [InlineData("35489007")] // Depressive disorder
    [InlineData("47505003")] // Posttraumatic stress disorder
    [InlineData("22298006")] // Myocardial infarction
    [InlineData("73211009")] // Diabetes mellitus
    [InlineData("38341003")] // Hypertensive disorder
    [InlineData("404684003")] // Clinical finding
    [InlineData("138875005")] // SNOMED CT Concept, the root
    public void Real_snomed_ids_pass_and_every_other_last_digit_fails(string id)
    {
        Assert.True(Verhoeff.IsValid(id));
        Assert.True(CodeSystem.Snomed.IsValid(id));
        Assert.Equal(id[^1] - '0', Verhoeff.CheckDigit(id.AsSpan(0, id.Length - 1)));
        foreach (var digit in "0123456789".Where(d => d != id[^1]))
        {
            Assert.False(CodeSystem.Snomed.IsValid(id[..^1] + digit), $"{id[..^1]}{digit} should fail");
        }
    }

    [Fact]
    public void Verhoeff_catches_swapped_neighbours_and_gives_the_published_example()
    {
        // The worked example of Verhoeff's scheme: 236 takes the check digit 3.
        Assert.Equal(3, Verhoeff.CheckDigit("236"));
        Assert.False(Verhoeff.IsValid("45389007")); // 35489007 with its first two digits swapped
    }

    /// <summary>LOINC codes and the check digit after their hyphen.</summary>
    [Theory]
    [InlineData("2345-7")] // Glucose [Mass/volume] in Serum or Plasma
    [InlineData("718-7")] // Hemoglobin [Mass/volume] in Blood
    [InlineData("4548-4")] // Hemoglobin A1c/Hemoglobin.total in Blood
    [InlineData("2160-0")] // Creatinine [Mass/volume] in Serum or Plasma
    [InlineData("2093-3")] // Cholesterol [Mass/volume] in Serum or Plasma
    [InlineData("8480-6")] // Systolic blood pressure
    [InlineData("29463-7")] // Body weight
    [InlineData("39156-5")] // Body mass index
    public void Real_loinc_codes_pass_and_every_other_check_digit_fails(string code)
    {
        Assert.True(CodeSystem.Loinc.IsValid(code));
        Assert.Equal(code[^1] - '0', LoincCheckDigit.Of(code.AsSpan(0, code.IndexOf('-'))));
        foreach (var digit in "0123456789".Where(d => d != code[^1]))
        {
            Assert.False(CodeSystem.Loinc.IsValid(code[..^1] + digit), $"{code[..^1]}{digit} should fail");
        }
    }

    [Theory]
    [InlineData("icd10cm", "F33.2", true)]
    [InlineData("icd10cm", "F43.10", true)]
    [InlineData("icd10cm", "F33", true)]
    [InlineData("icd10cm", "F332", false)]
    [InlineData("icd10", "F32.9", true)]
    [InlineData("rxnorm", "1992", true)]
    [InlineData("rxnorm", "", false)]
    [InlineData("mesh", "D003866", true)]
    [InlineData("mesh", "C000707", true)]
    [InlineData("mesh", "C000707123", true)]
    [InlineData("mesh", "C0007071", false)]
    [InlineData("atc", "N01AX03", true)]
    [InlineData("atc", "N06A", true)]
    [InlineData("atc", "N", true)]
    [InlineData("atc", "N06AX0", false)]
    public void Each_system_has_its_form(string system, string code, bool valid) =>
        Assert.Equal(valid, CodeSystem.Find(system)!.IsValid(code));
}
