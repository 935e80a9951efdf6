using System.Text.RegularExpressions;

namespace HealthLibrary.Search.Lunr;

/// <summary>lunr.stemmer: the tartarus.org JavaScript Porter stemmer with lunr's own step 1c, regex for regex.</summary>
/// <remarks>
/// The patterns are lunr's, translated where .NET and JavaScript read them differently:
/// JavaScript's <c>.</c> stops at \n, \r, U+2028 and U+2029 (.NET's only at \n), and its
/// <c>$</c> is the end of the input (.NET's also matches before a final \n), so <c>.</c> is
/// spelled <c>[^\n\r\u2028\u2029]</c> and <c>$</c> is <c>\z</c>. Tokens from array fields are
/// not split, so such characters can reach the stemmer. The stemmer keeps no cache: the index
/// builder caches whole pipeline results per distinct token.
/// </remarks>
public static partial class PorterStemmer
{
    // c = "[^aeiou]", v = "[aeiouy]", C = c + "[^aeiouy]*", V = v + "[aeiou]*"
    private const string Cons = "[^aeiou][^aeiouy]*";
    private const string Vow = "[aeiouy][aeiou]*";
    private const string Any = @"[^\n\r\u2028\u2029]";

    private const string Mgr0 = "^(" + Cons + ")?" + Vow + Cons; // [C]VC... is m>0
    private const string Meq1 = "^(" + Cons + ")?" + Vow + Cons + "(" + Vow + @")?\z"; // [C]VC[V] is m=1
    private const string Mgr1 = "^(" + Cons + ")?" + Vow + Cons + Vow + Cons; // [C]VCVC... is m>1
    private const string SV = "^(" + Cons + ")?[aeiouy]"; // vowel in stem
    private const string ShortSyllable = "^" + Cons + @"[aeiouy][^aeiouwxy]\z";

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance",
        ["izer"] = "ize", ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e",
        ["ousli"] = "ous", ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate",
        ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful", ["ousness"] = "ous",
        ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic",
        ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    /// <summary>Stems one lowercased token exactly as lunr.stemmer does; words under 3 characters are returned unchanged.</summary>
    public static string Stem(string w)
    {
        if (w.Length < 3)
        {
            return w;
        }

        // An initial y is a consonant: uppercase it so the vowel classes skip it.
        bool initialY = w[0] == 'y';
        if (initialY)
        {
            w = "Y" + w[1..];
        }

        // Step 1a
        Match m = Step1a().Match(w);
        if (m.Success)
        {
            w = m.Groups[1].Value + m.Groups[2].Value;
        }
        else if ((m = Step1a2().Match(w)).Success)
        {
            w = m.Groups[1].Value + m.Groups[2].Value;
        }

        // Step 1b
        if ((m = Step1b().Match(w)).Success)
        {
            if (MeasureAbove0().IsMatch(m.Groups[1].Value))
            {
                w = LastCharacter().Replace(w, "", 1);
            }
        }
        else if ((m = Step1b2().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (VowelInStem().IsMatch(stem))
            {
                w = stem;
                if (Step1bAtBlIz().IsMatch(w))
                {
                    w += "e";
                }
                else if (Step1bDouble().IsMatch(w))
                {
                    w = LastCharacter().Replace(w, "", 1);
                }
                else if (ShortSyllableStem().IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c, lunr's version: y after a non-vowel (not the first letter) becomes i.
        if ((m = Step1c().Match(w)).Success)
        {
            w = m.Groups[1].Value + "i";
        }

        // Step 2
        if ((m = Step2().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (MeasureAbove0().IsMatch(stem))
            {
                w = stem + Step2Suffixes[m.Groups[2].Value];
            }
        }

        // Step 3
        if ((m = Step3().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (MeasureAbove0().IsMatch(stem))
            {
                w = stem + Step3Suffixes[m.Groups[2].Value];
            }
        }

        // Step 4
        if ((m = Step4().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (MeasureAbove1().IsMatch(stem))
            {
                w = stem;
            }
        }
        else if ((m = Step4Ion().Match(w)).Success)
        {
            string stem = m.Groups[1].Value + m.Groups[2].Value;
            if (MeasureAbove1().IsMatch(stem))
            {
                w = stem;
            }
        }

        // Step 5
        if ((m = Step5().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (MeasureAbove1().IsMatch(stem)
                || (MeasureIs1().IsMatch(stem) && !ShortSyllableStem().IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (Step5DoubleL().IsMatch(w) && MeasureAbove1().IsMatch(w))
        {
            w = LastCharacter().Replace(w, "", 1);
        }

        if (initialY)
        {
            w = "y" + w[1..];
        }

        return w;
    }

    [GeneratedRegex(Mgr0)]
    private static partial Regex MeasureAbove0();

    [GeneratedRegex(Meq1)]
    private static partial Regex MeasureIs1();

    [GeneratedRegex(Mgr1)]
    private static partial Regex MeasureAbove1();

    [GeneratedRegex(SV)]
    private static partial Regex VowelInStem();

    [GeneratedRegex("^(" + Any + "+?)(ss|i)es\\z")]
    private static partial Regex Step1a();

    [GeneratedRegex("^(" + Any + "+?)([^s])s\\z")]
    private static partial Regex Step1a2();

    [GeneratedRegex("^(" + Any + "+?)eed\\z")]
    private static partial Regex Step1b();

    [GeneratedRegex("^(" + Any + "+?)(ed|ing)\\z")]
    private static partial Regex Step1b2();

    [GeneratedRegex(Any + "\\z")]
    private static partial Regex LastCharacter();

    [GeneratedRegex("(at|bl|iz)\\z")]
    private static partial Regex Step1bAtBlIz();

    [GeneratedRegex("([^aeiouylsz])\\1\\z")]
    private static partial Regex Step1bDouble();

    [GeneratedRegex(ShortSyllable)]
    private static partial Regex ShortSyllableStem();

    [GeneratedRegex("^(" + Any + "+?[^aeiou])y\\z")]
    private static partial Regex Step1c();

    [GeneratedRegex("^(" + Any + "+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\\z")]
    private static partial Regex Step2();

    [GeneratedRegex("^(" + Any + "+?)(icate|ative|alize|iciti|ical|ful|ness)\\z")]
    private static partial Regex Step3();

    [GeneratedRegex("^(" + Any + "+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\\z")]
    private static partial Regex Step4();

    [GeneratedRegex("^(" + Any + "+?)(s|t)(ion)\\z")]
    private static partial Regex Step4Ion();

    [GeneratedRegex("^(" + Any + "+?)e\\z")]
    private static partial Regex Step5();

    [GeneratedRegex("ll\\z")]
    private static partial Regex Step5DoubleL();
}
