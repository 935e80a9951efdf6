namespace HealthLibrary.Content.Codes;

/// <summary>The Verhoeff check digit (dihedral group D5), which SNOMED CT puts last in every identifier.</summary>
public static class Verhoeff
{
    private static readonly byte[,] Multiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
        { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 },
        { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
        { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly byte[,] Permutation =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
        { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 },
        { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
        { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private static readonly byte[] Inverse = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

    /// <summary>The digit to append to <paramref name="digits"/> (which holds only 0-9) so that the whole passes <see cref="IsValid"/>.</summary>
    public static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            // Position 0 is the check digit still to come, so the last given digit is at position 1.
            check = Multiplication[check, Permutation[(i + 1) % 8, digits[digits.Length - 1 - i] - '0']];
        }

        return Inverse[check];
    }

    /// <summary>True when the last digit of <paramref name="digits"/> is the Verhoeff check digit of the rest.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            check = Multiplication[check, Permutation[i % 8, digits[digits.Length - 1 - i] - '0']];
        }

        return check == 0;
    }
}
