using HealthLibrary.Tests.Support;
using System.Text.Json.Nodes;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Tests.Search;

/// <summary>PorterStemmer against the spot checks in lunr-format.md and against lunr.stemmer itself.</summary>
public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("generalization", "gener")]
    [InlineData("dissociation", "dissoci")]
    [InlineData("hypertension", "hypertens")]
    [InlineData("ketamine", "ketamin")]
    [InlineData("neuroplasticity", "neuroplast")]
    [InlineData("relational", "relat")]
    [InlineData("happiness", "happi")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("filing", "file")]
    [InlineData("news", "new")]
    [InlineData("yes", "ye")]
    [InlineData("studies", "studi")]
    [InlineData("electricity", "electr")]
    [InlineData("replacement", "replac")]
    [InlineData("anesthesia", "anesthesia")]
    [InlineData("sky", "ski")]
    [InlineData("boys", "boy")]
    [InlineData("by", "by")]
    [InlineData("yelling", "yell")]
    public void Stems_like_the_format_notes(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Stems_every_corpus_word_and_suffix_variant_as_lunr_stemmer_does()
    {
        List<string> words = OracleWords();
        Assert.True(words.Count > 5000, $"only {words.Count} words to compare");

        JsonNode answer = LunrOracle.Probe(new JsonObject { ["stem"] = new JsonArray([.. words.Select(w => JsonValue.Create(w))]) });
        JsonArray stems = answer["stem"]!.AsArray();
        var differences = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            string expected = stems[i]!.GetValue<string>();
            string actual = PorterStemmer.Stem(words[i]);
            if (expected != actual)
            {
                differences.Add($"{Escape(words[i])}: lunr {Escape(expected)}, ours {Escape(actual)}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {words.Count} words stem differently:\n" + string.Join("\n", differences.Take(30)));
    }

    /// <summary>
    /// Every distinct token of the 1,000-topic corpus (as the trimmer leaves it), each corpus
    /// root with common English suffixes, lunr's own stemming fixture, and words that reach
    /// the stemmer's edge cases: initial y, characters JavaScript's "." does not match (from
    /// unsplit array elements), digits and non-ASCII letters.
    /// </summary>
    private static List<string> OracleWords()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (IReadOnlyDictionary<string, object?> document in CorpusIndexes.Thousand.Set.Documents)
        {
            foreach (object? value in document.Values)
            {
                IEnumerable<string> texts = value switch
                {
                    string text => [text],
                    string[] array => array,
                    _ => [],
                };
                foreach (string text in texts)
                {
                    foreach (LunrToken token in LunrTokenizer.Tokenize(text))
                    {
                        words.Add(LunrTrimmer.Trim(token.Text));
                    }
                }
            }
        }

        string[] roots = [.. words.Where(w => w.Length is >= 3 and <= 9 && w.All(char.IsAsciiLetterLower)).Take(400)];
        string[] suffixes =
        [
            "s", "es", "ies", "ss", "ed", "eed", "ing", "y", "ly", "ational", "tional", "enci", "anci", "izer", "bli",
            "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti",
            "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence",
            "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
            "sion", "tion", "e", "ll", "at", "bl", "iz",
        ];
        foreach (string root in roots)
        {
            foreach (string suffix in suffixes)
            {
                words.Add(root + suffix);
            }
        }

        string fixture = Path.Combine(LunrOracle.RepositoryRoot, "tests", "node_modules", "lunr", "test", "fixtures", "stemming_vocab.json");
        foreach (string word in JsonNode.Parse(File.ReadAllText(fixture))!.AsObject().Select(p => p.Key))
        {
            words.Add(word);
        }

        string[] edges =
        [
            "", "a", "ab", "aby", "yes", "yelling", "yyy", "eyed", "y", "yy", "ye", "syzygy", "yttrium", "sky", "skies",
            "a\rb\ring", "a\r\ring", "x\nxed", "abc\u2028ing", "abc\u2029ies", "crying\r", "café", "naïve", "straße",
            "résumés", "ketamine's", "h2o", "covid19", "12ing", "___", "__proto__", "constructor", "allly", "falling",
            "controlling", "rolling", "fizzed", "hissing", "fussed", "buzzing", "tapping", "filling",
        ];
        foreach (string word in edges)
        {
            words.Add(word);
        }

        return [.. words];
    }

    private static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
