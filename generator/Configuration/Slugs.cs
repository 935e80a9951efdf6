using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HealthLibrary.Configuration;

/// <summary>The address form of names: lower case a-z, 0-9 and single hyphens.</summary>
public static partial class Slugs
{
    /// <summary>
    /// The longest address name. A file or folder name may have 255 bytes on any file system, and no title
    /// needs more than this; a longer one makes every build fail to write its page.
    /// </summary>
    public const int MaxLength = 100;

    public static bool IsValid(string slug) => slug.Length <= MaxLength && SlugPattern().IsMatch(slug);

    /// <summary>Why a name (a category, a tag) cannot make an address, or null when <see cref="FromName"/> gives a good one.</summary>
    public static string? AddressProblem(string name)
    {
        var length = FromName(name).Length;
        return length == 0 ? "has no letters or digits to make an address from"
            : length > MaxLength ? $"makes an address of {length} characters; at most {MaxLength} are allowed"
            : null;
    }

    /// <summary>A name short enough to quote in a message.</summary>
    public static string Abbreviate(string name) => name.Length <= 40 ? name : name[..40] + "…";

    /// <summary>
    /// "Mental Health & Wellbeing" gives "mental-health-wellbeing", "Ménière's disease" gives "menieres-disease": accents
    /// and apostrophes are dropped, not the letters, and anything else between words becomes one hyphen.
    /// </summary>
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name)
        {
            // A combining accent ("e" followed by U+0301) is dropped, as the accented letters are by PlainLetters; an
            // apostrophe belongs to its word, so "Crohn's" reads "crohns" and not "crohn-s".
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || IsApostrophe(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var plain = DigitOf(lower) is { } digit ? digit.ToString() : PlainLetters.Of(lower);
            if (plain is null)
            {
                pendingHyphen = true;
                continue;
            }

            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(plain);
            pendingHyphen = false;
        }

        return builder.ToString();
    }

    // The typewriter apostrophe, the typographic one (also a closing quote), the modifier letter, and the
    // turned comma that word processors put at the start of "'90s"; a writer means the same by each.
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    // Superscript and subscript digits are digits: "vitamin B₁₂" gives "vitamin-b12".
    private static char? DigitOf(char c) => c switch
    {
        >= '0' and <= '9' => c,
        >= '\u2080' and <= '\u2089' => (char)('0' + (c - '\u2080')),
        >= '\u2074' and <= '\u2079' => (char)('0' + (c - '\u2070')),
        '\u2070' => '0',
        '\u00B9' => '1',
        '\u00B2' => '2',
        '\u00B3' => '3',
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
