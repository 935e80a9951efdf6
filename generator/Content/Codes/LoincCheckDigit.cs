namespace HealthLibrary.Content.Codes;

/// <summary>LOINC's mod-10 check digit, the one after the hyphen: Luhn's algorithm, as the LOINC manual describes it.</summary>
public static class LoincCheckDigit
{
    /// <summary>The check digit of <paramref name="digits"/> (the part before the hyphen, 0-9 only).</summary>
    public static int Of(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            // From the right, the first digit and every other one after it are doubled, and a two-digit result counts as its digits' sum.
            sum += i % 2 == 0 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }

        return (10 - sum % 10) % 10;
    }
}
