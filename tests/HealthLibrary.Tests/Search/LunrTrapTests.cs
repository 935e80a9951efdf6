using HealthLibrary.Search.Lunr;
using HealthLibrary.Tests.Support;
using static HealthLibrary.Tests.Search.SearchDocumentSet;

namespace HealthLibrary.Tests.Search;

/// <summary>
/// The cases that broke the earlier .NET port (lunr-format.md, "Traps"), and other corners of
/// lunr's behaviour, each built by lunr.js and by us and compared as JSON and as bytes.
/// </summary>
[Slow(SlowGroup.Node)]
public sealed class LunrTrapTests
{
    private static readonly LunrField[] TitleBody = [new("title"), new("body")];

    [Fact]
    public void Trimmer_cuts_unicode_letters_at_token_edges()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            Documents =
            [
                Document("1", ("title", "Café culture"), ("body", "A naïve résumé of Ångström über façade piñata Straße")),
                Document("2", ("title", "Naïve café"), ("body", "café cafe caf éclair über")),
            ],
        }, "café", "caf", "naïve", "na", "ber", "über");
    }

    [Fact]
    public void Lowercases_like_javascript_whatever_the_culture()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            MetadataWhitelist = ["position"], // İ lowercases to two units, which shifts positions
            Documents =
            [
                Document("1", ("title", "İstanbul İzmir DİYARBAKIR"), ("body", "INSULIN Iodine ıi İi Iİ after İ")),
                Document("2", ("title", "ΟΔΥΣΣΕΥΣ"), ("body", "ΣΟΦΟΣ ΚΑΙ ΣΟΦΟΣ. ΑΣ'Α ΑΣ' Σ ΣΣ ǅemal ǄEMAL ẞ Ω")),
            ],
        }, "istanbul", "insulin", "iodine", "σοφος");
    }

    [Fact]
    public void Document_missing_a_field_counts_towards_the_average_length()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title"), new("summary"), new("body")],
            Documents =
            [
                Document("a", ("title", "Ketamine"), ("summary", "An anaesthetic used at low dose for depression"), ("body", "ketamine infusion")),
                Document("b", ("title", "Esketamine"), ("body", "nasal spray ketamine")),
                Document("c", ("title", "Therapy"), ("summary", null), ("body", "talking therapy")),
                Document("d", ("title", "Depression"), ("summary", ""), ("body", null)),
            ],
        }, "ketamine", "summary:depression", "therapy");
    }

    [Fact]
    public void Declared_field_that_no_document_has_is_kept_empty()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title"), new("ghost", 4), new("body")],
            Documents =
            [
                Document("a", ("title", "Ketamine"), ("body", "infusion")),
                Document("b", ("title", "Esketamine"), ("body", "spray")),
            ],
        }, "ketamine", "ghost:ketamine", "ghost:*");
    }

    [Fact]
    public void Numeric_looking_refs_come_first_in_posting_order_like_javascript_keys()
    {
        string[] refs = ["b", "42", "07", "-1", "0", "10", "4294967294", "4294967295", "1e3", "a", "2", "00", "9"];
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            Documents = [.. refs.Select((r, i) => Document(r, ("title", "Shared term ketamine"), ("body", $"dose {i} ketamine")))],
        }, "ketamine", "shared", "dose");
    }

    [Fact]
    public void Refs_may_contain_slashes()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            Documents =
            [
                Document("conditions/depression", ("title", "Depression"), ("body", "low mood")),
                Document("medicines/ketamine/dosing", ("title", "Ketamine dosing"), ("body", "mood dose")),
                Document("/", ("title", "Root"), ("body", "mood")),
                Document("a//b/", ("title", "Slashes"), ("body", "dose")),
            ],
        }, "mood", "dose", "title:ketamine");
    }

    [Fact]
    public void Repeated_words_keep_every_position()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            MetadataWhitelist = ["position"],
            Documents =
            [
                Document("1", ("title", "Dose dose DOSE"), ("body", "the dose, the dosing, the doses; dose-dose dose")),
                Document("2", ("title", "Mood"), ("body", "mood mood\nmood\tmood")),
            ],
        }, "dose", "mood", "dos*", "title:dose");
    }

    [Fact]
    public void Array_fields_give_one_unsplit_token_per_element_without_positions()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title"), new("tags", 3), new("synonyms")],
            MetadataWhitelist = ["position"],
            Documents =
            [
                Document("1", ("title", "Ketamine"), ("tags", new[] { "Anaesthetic", "Nasal Spray", "", "the", "(NMDA)" }), ("synonyms", new string?[] { "Ketalar", null })),
                Document("2", ("title", "Esketamine"), ("tags", new[] { "nasal spray", "Depression" }), ("synonyms", Array.Empty<string>())),
                Document("3", ("title", "Mixed"), ("tags", new object?[] { "word", 42, 0.5, true, null })),
            ],
        }, "anaesthetic", "nasal", "tags:depression", "ketalar");
    }

    [Fact]
    public void Token_that_trims_to_nothing_is_indexed_as_the_empty_term()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            MetadataWhitelist = ["position"],
            Documents =
            [
                Document("1", ("title", "!!! ??? ..."), ("body", "Dose — ok * ** () [] 😀 dose")),
                Document("2", ("title", "Dose"), ("body", "plain words only")),
            ],
        }, "dose", "plain");
    }

    [Fact]
    public void Stop_words_are_matched_after_lowercasing()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            Documents =
            [
                Document("1", ("title", "The Ketamine"), ("body", "THE The the tHe AND And Thee theme Its IT'S it's")),
                Document("2", ("title", "A Mood"), ("body", "constructor __proto__ toString hasOwnProperty")),
            ],
        }, "the", "ketamine", "constructor", "__proto__", "theme");
    }

    [Fact]
    public void Hyphens_split_words()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            MetadataWhitelist = ["position"],
            Documents =
            [
                Document("1", ("title", "Well-being"), ("body", "long-term e-mail -dash- -- co--operate x-ray 5-HT2A")),
                Document("2", ("title", "Well being"), ("body", "short term")),
            ],
        }, "well", "being", "term", "x", "5");
    }

    [Fact]
    public void Field_and_document_boosts_scale_weights()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title", 10), new("summary", 2.5), new("tags", 0.3), new("body", 0)],
            DocumentBoosts = new Dictionary<string, double> { ["b"] = 2, ["c"] = 0.25, ["d"] = 0 },
            Documents =
            [
                Document("a", ("title", "Ketamine"), ("summary", "ketamine dose"), ("tags", new[] { "ketamine" }), ("body", "ketamine")),
                Document("b", ("title", "Ketamine spray"), ("summary", "dose"), ("body", "ketamine ketamine")),
                Document("c", ("title", "Dose"), ("body", "ketamine dose")),
                Document("d", ("title", "Other"), ("body", "dose")),
                Document("e", ("title", "More"), ("body", "ketamine")),
            ],
        }, "ketamine", "dose", "ketamine^10 dose", "title:ketamine^2");
    }

    [Fact]
    public void NaN_and_zero_boosts_mean_no_boost_as_in_lunr()
    {
        // JSON cannot carry NaN to lunr.js, so this compares with our own unboosted index.
        SearchDocumentSet Boosted(double? field, double document) => new()
        {
            Fields = [new("title", field)],
            DocumentBoosts = new Dictionary<string, double> { ["a"] = document },
            Documents = [Document("a", ("title", "Ketamine dose")), Document("b", ("title", "Dose"))],
        };

        byte[] plain = Boosted(null, 1).OurJson();
        Assert.Equal(plain, Boosted(double.NaN, double.NaN).OurJson());
        Assert.Equal(plain, Boosted(0, 0).OurJson());
    }

    [Fact]
    public void Negative_boosts_round_like_javascript()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title", -1), new("body", 1.0005)],
            DocumentBoosts = new Dictionary<string, double> { ["b"] = -3 },
            Documents =
            [
                Document("a", ("title", "Ketamine"), ("body", "ketamine dose")),
                Document("b", ("title", "Dose"), ("body", "dose")),
                Document("c", ("title", "Spray"), ("body", "spray")),
            ],
        }, "ketamine", "dose");
    }

    [Fact]
    public void Unstemmed_index_writes_an_empty_pipeline()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = TitleBody,
            Stemmer = false,
            Documents =
            [
                Document("1", ("title", "Relational studies"), ("body", "hoping hopping studies")),
                Document("2", ("title", "Study"), ("body", "hope")),
            ],
        }, "studies", "study", "hoping");
    }

    [Fact]
    public void Every_kind_of_metadata_key_is_written_as_lunr_writes_it()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title"), new("tags")],
            MetadataWhitelist = ["position", "index", "fields", "unknown", "position", "2"],
            Documents =
            [
                Document("1", ("title", "the dose and the dose"), ("tags", new[] { "dose", "dose" })),
                Document("2", ("title", "Dose"), ("tags", new[] { "spray" })),
            ],
        }, "dose");
    }

    [Fact]
    public void Field_names_that_look_like_numbers_come_first()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title", 2), new("10"), new("body"), new("2", 3), new("title", 5)],
            Documents =
            [
                Document("1", ("title", "Ketamine"), ("10", "ten dose"), ("2", "two dose"), ("body", "body")),
                Document("2", ("title", "Dose"), ("2", "ketamine")),
            ],
        }, "ketamine", "dose", "2:ketamine");
    }

    [Fact]
    public void Text_that_json_escapes_is_written_as_json_stringify_writes_it()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title"), new("tags")],
            Documents =
            [
                Document("1", ("title", "quote\"d back\\slash <tag> &amp; é😀é control\u0001char bell\u0007 del\u007F"),
                    ("tags", new[] { "line\u2028sep", "para\u2029sep", "nul\u0000x", "tab\tinside", "bom\uFEFFx", "😀 emoji tag" })),
                Document("2", ("title", "plain"), ("tags", new[] { "\u0085next\u0085line" })),
            ],
        }, "quote", "emoji");
    }

    [Fact]
    public void Numbers_and_booleans_are_indexed_as_javascript_prints_them()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet
        {
            Fields = [new("title"), new("order"), new("flag")],
            Documents =
            [
                Document("1", ("title", "One"), ("order", 42), ("flag", true)),
                Document("2", ("title", "Two"), ("order", 0.000001), ("flag", false)),
                Document("3", ("title", "Three"), ("order", 1e21), ("flag", null)),
                Document("4", ("title", "Four"), ("order", -1.5e-7)),
            ],
        }, "42", "true", "1e");
    }

    [Fact]
    public void Index_of_no_documents_matches()
    {
        LunrEquivalence.AssertSameAsLunr(new SearchDocumentSet { Fields = TitleBody, Documents = [] }, "anything");
    }

    [Fact]
    public void Rejects_what_lunr_cannot_represent()
    {
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder("id", [new LunrField("a/b")]));
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder("id", [new LunrField("_index")]));

        var builder = new LunrIndexBuilder("id", TitleBody);
        builder.Add(Document("1", ("title", "x")));
        Assert.Throws<ArgumentException>(() => builder.Add(Document("1", ("title", "again"))));
        Assert.Throws<ArgumentException>(() => builder.Add(new Dictionary<string, object?> { ["title"] = "no ref" }));
        Assert.Throws<ArgumentException>(() => builder.Add(Document("2", ("title", "lone \uD800 surrogate"))));
        Assert.Throws<ArgumentException>(() => builder.Add(Document("3", ("title", new object()))));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Document("4"), double.PositiveInfinity));

        // A rejected document leaves no trace.
        var clean = new LunrIndexBuilder("id", TitleBody);
        clean.Add(Document("1", ("title", "x")));
        Assert.Equal(Json(clean.Build()), Json(builder.Build()));
        Assert.Throws<InvalidOperationException>(() => builder.Add(Document("5")));
    }

    private static byte[] Json(LunrIndex index)
    {
        using var stream = new MemoryStream();
        index.WriteJson(stream);
        return stream.ToArray();
    }
}
