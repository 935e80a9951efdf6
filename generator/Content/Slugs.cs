using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HealthLibrary.Content;

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

    /// <summary>"Mental Health & Wellbeing" gives "mental-health-wellbeing"; accents are dropped, not the letters.</summary>
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name)
        {
            // A combining accent ("e" followed by U+0301) is dropped, as the accented letters are by PlainLetters.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var plain = lower is >= '0' and <= '9' ? lower.ToString() : PlainLetters.Of(lower);
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

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
