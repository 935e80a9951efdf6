using System.Collections.Frozen;

namespace HealthLibrary.Content;

/// <summary>
/// Lower-case Latin letters as plain a-z: accents dropped ("é" is "e"), joined letters spelled out ("æ" is "ae",
/// "ß" is "ss"). Decomposing would do this where the runtime has ICU; the generator runs without it (invariant
/// globalization), where string.Normalize leaves "é" whole.
/// </summary>
public static class PlainLetters
{
    private static readonly FrozenDictionary<char, string> Table = new (string Letters, string Plain)[]
    {
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņň", "n"), ("òóôõöøōŏő", "o"), ("ŕŗř", "r"),
        ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"),
    }.SelectMany(group => group.Letters.Select(letter => (letter, group.Plain))).ToFrozenDictionary(pair => pair.letter, pair => pair.Plain);

    /// <summary>The plain letters of a lower-case letter: itself for a-z, its spelling for the table's, else null.</summary>
    public static string? Of(char lower) => lower is >= 'a' and <= 'z' ? lower.ToString() : Table.GetValueOrDefault(lower);
}
