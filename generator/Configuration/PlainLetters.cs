using System.Collections.Frozen;

namespace HealthLibrary.Configuration;

/// <summary>
/// Lower-case Latin and Greek letters as plain a-z: accents dropped ("é" is "e"), joined letters spelled out ("æ" is "ae",
/// "ß" is "ss"), Greek letters by their names ("β" is "beta", as in beta-blocker). Decomposing would do most of this where
/// the runtime has ICU; the generator runs without it (invariant globalization), where string.Normalize leaves "é" whole.
/// </summary>
public static class PlainLetters
{
    // Latin-1, Latin Extended-A and -B, Latin Extended Additional (Vietnamese) and the Latin ligatures: each letter whose
    // Unicode decomposition is a base letter and accents, or whose Unicode name is "letter X with ..." (ø, ł, đ, ħ);
    // then the Greek letters of the basic block, accented or not, as they are spelled in English.
    private static readonly FrozenDictionary<char, string> Table = new (string Letters, string Plain)[]
    {
        ("àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ", "a"), ("æǣǽ", "ae"), ("ƀƃḃḅḇ", "b"), ("çćĉċčƈȼḉ", "c"), ("ðďđƌȡḋḍḏḑḓ", "d"),
        ("ǆǳ", "dz"), ("èéêëēĕėęěǝȅȇȩɇḕḗḙḛḝẹẻẽếềểễệ", "e"), ("ƒḟ", "f"), ("ﬀ", "ff"), ("ﬃ", "ffi"), ("ﬄ", "ffl"),
        ("ﬁ", "fi"), ("ﬂ", "fl"), ("ĝğġģǥǧǵḡ", "g"), ("ĥħȟḣḥḧḩḫẖ", "h"), ("ìíîïĩīĭįıǐȉȋḭḯỉị", "i"), ("ĳ", "ij"),
        ("ĵǰȷɉ", "j"), ("ķĸƙǩḱḳḵ", "k"), ("ĺļľłƚȴḷḹḻḽŀ", "l"), ("ǉ", "lj"), ("ḿṁṃ", "m"), ("ñńņňƞǹȵṅṇṉṋŉ", "n"),
        ("ŋ", "ng"), ("ǌ", "nj"), ("òóôõöøōŏőơǒǫǭǿȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ", "o"), ("œ", "oe"), ("ƥṕṗ", "p"), ("ɋ", "q"),
        ("ŕŗřȑȓɍṙṛṝṟ", "r"), ("śŝşšſșȿṡṣṥṧṩẛ", "s"), ("ß", "ss"), ("ﬅﬆ", "st"), ("ţťŧƫƭțȶṫṭṯṱẗ", "t"), ("þ", "th"),
        ("ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự", "u"), ("ṽṿ", "v"), ("ŵẁẃẅẇẉẘ", "w"), ("ẋẍ", "x"), ("ýÿŷƴȳɏẏẙỳỵỷỹỿ", "y"),
        ("źżžƶȥɀẑẓẕ", "z"),
        ("ΐίιϊ", "iota"), ("άα", "alpha"), ("έε", "epsilon"), ("ήη", "eta"), ("ΰυϋύ", "upsilon"), ("β", "beta"),
        ("γ", "gamma"), ("δ", "delta"), ("ζ", "zeta"), ("θ", "theta"), ("κ", "kappa"), ("λ", "lambda"), ("μ", "mu"),
        ("ν", "nu"), ("ξ", "xi"), ("οό", "omicron"), ("π", "pi"), ("ρ", "rho"), ("ςσ", "sigma"), ("τ", "tau"),
        ("φ", "phi"), ("χ", "chi"), ("ψ", "psi"), ("ωώ", "omega"),
    }.SelectMany(group => group.Letters.Select(letter => (letter, group.Plain))).ToFrozenDictionary(pair => pair.letter, pair => pair.Plain);

    /// <summary>The plain letters of a lower-case letter: itself for a-z, its spelling for the table's, else null.</summary>
    public static string? Of(char lower) => lower is >= 'a' and <= 'z' ? lower.ToString() : Table.GetValueOrDefault(lower);
}
