using HealthLibrary.Tests.Support;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Tests.Search;

/// <summary>Tokenizer, trimmer, stop words and JavaScript lowercasing, spot-checked and compared with lunr.js.</summary>
public sealed class LunrTextTests
{
    [Theory]
    [InlineData("Hello World", new[] { "hello", "world" })]
    [InlineData("well-being long-term", new[] { "well", "being", "long", "term" })]
    [InlineData("  a\t\nb\u00A0c\u2003d\u3000e\uFEFFf  ", new[] { "a", "b", "c", "d", "e", "f" })]
    [InlineData("--x--", new[] { "x" })]
    [InlineData("a\u0085b\u200Bc\u180Ed", new[] { "a\u0085b\u200Bc\u180Ed" })]
    [InlineData("", new string[0])]
    public void Tokenizer_splits_on_lunrs_separators_only(string text, string[] tokens)
    {
        Assert.Equal(tokens, LunrTokenizer.Tokenize(text).Select(t => t.Text));
    }

    [Fact]
    public void Tokenizer_keeps_positions_in_the_lowercased_text()
    {
        IReadOnlyList<LunrToken> tokens = LunrTokenizer.Tokenize("İx Café-au lait");
        Assert.Equal(
            [new("i\u0307x", 0, 3, 0), new("café", 4, 4, 1), new("au", 9, 2, 2), new("lait", 12, 4, 3)],
            tokens);
        Assert.Empty(LunrTokenizer.Tokenize(null));
    }

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Separator_set_is_exactly_lunrs_over_all_utf16_units()
    {
        JsonNode answer = LunrOracle.Probe(new JsonObject { ["separators"] = new JsonArray(new JsonArray(0, 0xFFFF)) });
        int[] expected = [.. answer["separators"]![0]!.AsArray().Select(n => n!.GetValue<int>())];
        int[] actual = [.. Enumerable.Range(0, 0x10000).Where(u => LunrTokenizer.IsSeparator((char)u))];
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("café", "caf")]
    [InlineData("naïve", "naïve")]
    [InlineData("über", "ber")]
    [InlineData("(ketamine)", "ketamine")]
    [InlineData("**bold**.", "bold")]
    [InlineData("__init__", "__init__")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    public void Trimmer_strips_ascii_non_word_characters(string token, string trimmed)
    {
        Assert.Equal(trimmed, LunrTrimmer.Trim(token));
    }

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Tokenizer_trimmer_and_stop_words_agree_with_lunr_js()
    {
        string[] texts =
        [
            "The quick-brown fox\u00A0jumps\tover\nthe lazy dog.", "İstanbul ΟΔΟΣ Σ ΣΑΣ", "café naïve Ångström",
            "a\u2028b\u2029c\u205Fd\u1680e\u202Ff\u2000g\u200Ah", "'quoted' \"double\" (paren) [link](x.md) **bold**",
            "— – - -- emoji😀inside 😀 ", "tab\u000Bvt\u000Cff\u000Dcr", "", "   ",
        ];
        string[] trims = ["café", "naïve", "über", "(x)", "'tis", "__proto__", "x.", ".x", "", "!!!", "a_b", "ß", "😀a😀"];
        string[] stopCandidates = [.. LunrStopWordFilter.Words, "The", "THE", "tHe", "thee", "constructor", "__proto__", "tostring", "", "ketamine"];

        JsonNode answer = LunrOracle.Probe(new JsonObject
        {
            ["tokenize"] = Strings(texts),
            ["trim"] = Strings(trims),
            ["stopWord"] = Strings(stopCandidates),
        });

        for (int i = 0; i < texts.Length; i++)
        {
            string expected = answer["tokenize"]![i]!.ToJsonString();
            string actual = new JsonArray([.. LunrTokenizer.Tokenize(texts[i]).Select(t => new JsonObject
            {
                ["str"] = t.Text,
                ["position"] = new JsonArray(t.Start, t.Length),
                ["index"] = t.Index,
            })]).ToJsonString();
            Assert.True(expected == actual, $"tokens of {texts[i]}: lunr {expected}, ours {actual}");
        }

        Assert.Equal(answer["trim"]!.AsArray().Select(n => n!.GetValue<string>()), trims.Select(LunrTrimmer.Trim));
        Assert.Equal(answer["stopWord"]!.AsArray().Select(n => n!.GetValue<bool>()), stopCandidates.Select(w => LunrStopWordFilter.IsStopWord(w)));
    }

    [Fact]
    public void Has_lunrs_119_stop_words()
    {
        Assert.Equal(119, LunrStopWordFilter.Words.Count);
        Assert.True(LunrStopWordFilter.IsStopWord("the"));
        Assert.False(LunrStopWordFilter.IsStopWord("The")); // lunr lowercases before it filters
    }

    [Theory]
    [InlineData("İ", "i\u0307")]
    [InlineData("İSTANBUL", "i\u0307stanbul")]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΟΔΟΣ ΚΑΙ", "οδος και")]
    [InlineData("Σ", "σ")]
    [InlineData("ΣΑ", "σα")]
    [InlineData("ΑΣ'", "ας'")]
    [InlineData("ΑΣ'Α", "ασ'α")]
    [InlineData("I", "i")]
    [InlineData("ǅ", "ǆ")]
    public void Lowercases_like_javascript(string text, string lower)
    {
        Assert.Equal(lower, JavaScriptCasing.ToLower(text));
        char[] buffer = [];
        Assert.Equal(lower, JavaScriptCasing.ToLower(text, ref buffer).ToString());
    }

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Lowercases_every_code_point_as_javascript_does()
    {
        JsonNode answer = LunrOracle.Probe(new JsonObject { ["lowerCodePoints"] = new JsonArray(new JsonArray(0, 0x10FFFF)) });
        var javascript = answer["lowerCodePoints"]![0]!.AsArray()
            .ToDictionary(pair => pair![0]!.GetValue<int>(), pair => pair![1]!.GetValue<string>());

        var differences = new List<string>();
        char[] buffer = new char[1];
        for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string text = char.ConvertFromUtf32(codePoint);
            string expected = javascript.GetValueOrDefault(codePoint, text);
            string actual = JavaScriptCasing.ToLower(text);
            // The index builder lowercases into a buffer it keeps: the same text either way.
            string buffered = JavaScriptCasing.ToLower(text, ref buffer).ToString();
            if (buffered != actual)
            {
                differences.Add($"U+{codePoint:X4}: into a buffer {Units(buffered)}, as a string {Units(actual)}");
            }

            // Node's ICU may know a newer Unicode than .NET: a character .NET has no data for
            // keeps its case here. Everything .NET knows must agree.
            if (expected != actual && CharUnicodeInfo.GetUnicodeCategory(codePoint) != UnicodeCategory.OtherNotAssigned)
            {
                differences.Add($"U+{codePoint:X4}: JavaScript {Units(expected)}, ours {Units(actual)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(30)));
    }

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Chooses_final_sigma_as_javascript_does_next_to_every_code_point()
    {
        // "AΣx" tells whether x counts as a cased letter after Σ, "AxΣ" whether it is skipped
        // as case-ignorable before it, "xΣ" whether it is cased before Σ.
        var texts = new List<string>();
        var codePoints = new List<int>();
        for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            // Sample the large uniform blocks (CJK, Hangul, private use) to keep the request small.
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
            if (codePoint > 0x3000 && category is UnicodeCategory.OtherLetter or UnicodeCategory.PrivateUse && codePoint % 97 != 0)
            {
                continue;
            }

            string x = char.ConvertFromUtf32(codePoint);
            codePoints.Add(codePoint);
            texts.Add("AΣ" + x);
            texts.Add("A" + x + "Σ");
            texts.Add(x + "Σ");
        }

        JsonNode answer = LunrOracle.Probe(new JsonObject { ["lower"] = Strings(texts) });
        JsonArray lowered = answer["lower"]!.AsArray();
        var differences = new List<string>();
        for (int i = 0; i < texts.Count; i++)
        {
            string expected = lowered[i]!.GetValue<string>();
            string actual = JavaScriptCasing.ToLower(texts[i]);
            if (expected != actual)
            {
                differences.Add($"U+{codePoints[i / 3]:X4} in {Units(texts[i])}: JavaScript {Units(expected)}, ours {Units(actual)}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(30)));
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);

    private static string Units(string text)
    {
        var units = new StringBuilder();
        foreach (char c in text)
        {
            units.Append(CultureInfo.InvariantCulture, $"{(int)c:X4} ");
        }

        return units.ToString().TrimEnd();
    }
}
