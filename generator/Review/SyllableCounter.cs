using System.Text;
using HealthLibrary.Configuration;

namespace HealthLibrary.Review;

/// <summary>
/// Counts the syllables of an English word by rule, without a dictionary. The rules, in order:
/// <list type="number">
/// <item>Lower-case the word and keep its letters (accented letters count as plain ones, see PlainLetters); words of three letters or fewer have one syllable.</item>
/// <item>Count groups of vowels (a, e, i, o, u, and y except at the start): "treatment" has two, "anxiety" three.</item>
/// <item>A final "e" is silent ("dose", "medicine") unless it follows a consonant and "l" ("table", "people") or another vowel ("see").</item>
/// <item>A final "ed" is silent except after t or d ("walked", but "wanted"); a final "es" is silent except after
/// s, x, z, c, g, ch or sh ("makes", but "doses", "boxes", "changes").</item>
/// <item>Every word has at least one syllable.</item>
/// </list>
/// Like every such counter it is wrong for some words ("careful" gets three); readability formulas were
/// fitted on counts of this kind, so the grade stays close.
/// </summary>
public static class SyllableCounter
{
    public static int Count(string word)
    {
        var letters = Letters(word);
        if (letters.Length <= 3)
        {
            return 1;
        }

        var count = 0;
        var previousWasVowel = false;
        for (var i = 0; i < letters.Length; i++)
        {
            var vowel = IsVowel(letters, i);
            if (vowel && !previousWasVowel)
            {
                count++;
            }

            previousWasVowel = vowel;
        }

        if (SilentEnding(letters))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static bool SilentEnding(string word)
    {
        var last = word[^1];
        var beforeLast = word[^2];
        if (last == 'e')
        {
            if (IsVowel(word, word.Length - 2))
            {
                return false;
            }

            return !(beforeLast == 'l' && !IsVowel(word, word.Length - 3));
        }

        if (beforeLast != 'e' || IsVowel(word, word.Length - 3))
        {
            return false;
        }

        var stem = word[..^2];
        return last switch
        {
            'd' => !stem.EndsWith('t') && !stem.EndsWith('d'),
            's' => !(stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith('c') || stem.EndsWith('g') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)),
            _ => false,
        };
    }

    private static bool IsVowel(string word, int index) =>
        index >= 0 && (word[index] is 'a' or 'e' or 'i' or 'o' or 'u' || (word[index] == 'y' && index > 0));

    private static string Letters(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (PlainLetters.Of(char.ToLowerInvariant(c)) is { } plain)
            {
                builder.Append(plain);
            }
            else if (char.IsLetter(c))
            {
                // Any other letter still makes a word; count it as a consonant.
                builder.Append('x');
            }
        }

        return builder.ToString();
    }
}
