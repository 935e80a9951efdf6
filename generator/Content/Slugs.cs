using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HealthLibrary.Content;

/// <summary>The address form of names: lower case a-z, 0-9 and single hyphens.</summary>
public static partial class Slugs
{
    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>"Mental Health & Wellbeing" gives "mental-health-wellbeing"; accents are dropped, not the letters.</summary>
    public static string FromName(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
