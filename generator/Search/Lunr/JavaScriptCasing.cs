using System.Globalization;
using System.Text;

namespace HealthLibrary.Search.Lunr;

/// <summary>String.prototype.toLowerCase as V8 does it, independent of any culture.</summary>
public static class JavaScriptCasing
{
    private const char CapitalDottedI = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>
    /// Lowercases like JavaScript. ToLowerInvariant agrees with it, one UTF-16 unit for one,
    /// except for the two mappings that need context or change length: İ becomes "i̇" (two
    /// units) and Σ becomes final ς at the end of a word. Characters that .NET does not yet
    /// know (newer Unicode than .NET's tables) keep their case.
    /// </summary>
    public static string ToLower(string text)
    {
        string lower = text.ToLowerInvariant();
        int special = text.AsSpan().IndexOfAny(CapitalDottedI, CapitalSigma);
        if (special < 0)
        {
            return lower;
        }

        var result = new StringBuilder(text.Length + 8);
        result.Append(lower, 0, special);
        for (int i = special; i < text.Length; i++)
        {
            char c = text[i];
            if (c == CapitalDottedI)
            {
                result.Append("i\u0307");
            }
            else if (c == CapitalSigma)
            {
                result.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                result.Append(lower[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// <see cref="ToLower(string)"/> into <paramref name="buffer"/>, grown as needed and kept by the caller for the
    /// next text: a library's search text is lowercased without a copy of it being made. Text with the two
    /// characters that change length or need context is lowercased as a new string.
    /// </summary>
    public static ReadOnlySpan<char> ToLower(string text, ref char[] buffer)
    {
        if (text.AsSpan().IndexOfAny(CapitalDottedI, CapitalSigma) >= 0)
        {
            return ToLower(text);
        }

        if (buffer.Length < text.Length)
        {
            buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
        }

        int written = text.AsSpan().ToLowerInvariant(buffer);
        return buffer.AsSpan(0, written);
    }

    /// <summary>
    /// Unicode's Final_Sigma condition as ICU tests it: a cased letter comes before (skipping
    /// case-ignorable characters) and none comes after.
    /// </summary>
    private static bool IsFinalSigma(string text, int index)
    {
        return HasCasedNeighbour(text, index, forward: false) && !HasCasedNeighbour(text, index, forward: true);
    }

    private static bool HasCasedNeighbour(string text, int index, bool forward)
    {
        int i = forward ? index + 1 : index;
        while (forward ? i < text.Length : i > 0)
        {
            Rune rune;
            int length;
            if (forward)
            {
                Rune.DecodeFromUtf16(text.AsSpan(i), out rune, out length);
                i += length;
            }
            else
            {
                Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out rune, out length);
                i -= length;
            }

            if (IsCased(rune.Value))
            {
                return true;
            }

            if (!IsCaseIgnorable(rune.Value))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Unicode's Cased property. .NET has no API for it; letter categories plus the
    /// exceptions below agree with V8's ICU for every character that .NET knows
    /// (checked against Node over all code points by the tests).
    /// </summary>
    private static bool IsCased(int codePoint)
    {
        if (codePoint is 0x00AA or 0x00BA
            or >= 0x2160 and <= 0x217F // Roman numerals
            or >= 0x24B6 and <= 0x24E9 // circled Latin letters
            or >= 0x1F130 and <= 0x1F149 or >= 0x1F150 and <= 0x1F169 or >= 0x1F170 and <= 0x1F189)
        {
            return true;
        }

        if (codePoint == 0x0295)
        {
            return false; // ʕ: Ll in .NET, but ICU does not count it as cased
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;
    }

    /// <summary>Unicode's Case_Ignorable property: marks, format characters, modifiers and word-internal punctuation.</summary>
    private static bool IsCaseIgnorable(int codePoint)
    {
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
            || codePoint is '\'' or '.' or ':' or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019
                or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }
}
