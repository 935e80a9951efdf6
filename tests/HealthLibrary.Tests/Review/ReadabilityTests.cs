using HealthLibrary.Diagnostics;
using HealthLibrary.Review;

namespace HealthLibrary.Tests.Review;

/// <summary>The readability formulas on sentences counted by hand, and the syllable counter on words with agreed counts.</summary>
public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("the", 1)]
    [InlineData("dose", 1)]
    [InlineData("walked", 1)]
    [InlineData("makes", 1)]
    [InlineData("people", 2)]
    [InlineData("table", 2)]
    [InlineData("wanted", 2)]
    [InlineData("doses", 2)]
    [InlineData("treatment", 2)]
    [InlineData("agreed", 2)]
    [InlineData("medicine", 3)]
    [InlineData("ketamine", 3)]
    [InlineData("depression", 3)]
    [InlineData("supervision", 4)]
    [InlineData("psychotherapy", 5)]
    [InlineData("Médicine,", 3)]
    public void Counts_syllables_by_rule(string word, int syllables) => Assert.Equal(syllables, SyllableCounter.Count(word));

    [Fact]
    public void Flesch_Kincaid_and_SMOG_follow_the_published_formulas()
    {
        // 2 sentences; 12 words; syllables: The(1) cat(1) sat(1) on(1) the(1) mat(1) / Ketamine(3) needs(1) careful(3 by rule)
        // medical(3) supervision(4) afterwards(3) = 23; words of 3+ syllables: ketamine, careful, medical, supervision, afterwards = 5.
        var figures = Readability.Measure(["The cat sat on the mat. Ketamine needs careful medical supervision afterwards."]);

        Assert.Equal(new Readability(2, 12, 23, 5), figures);
        Assert.Equal((0.39 * 12 / 2) + (11.8 * 23 / 12) - 15.59, figures.FleschKincaidGrade, 10);
        Assert.Equal((1.0430 * Math.Sqrt(5 * 30.0 / 2)) + 3.1291, figures.SmogGrade, 10);
    }

    [Fact]
    public void Abbreviations_and_decimals_do_not_end_sentences_and_list_items_count_as_sentences()
    {
        var figures = Readability.Measure(["Take 2.5 mg, e.g. with food. Then rest!", "Nausea", "Dizziness."]);

        Assert.Equal(4, figures.Sentences);
        Assert.Equal(9, figures.Words);
    }

    [Fact]
    public void An_empty_text_reads_at_grade_zero_rather_than_dividing_by_zero()
    {
        var figures = Readability.Measure([]);

        Assert.Equal(0, figures.FleschKincaidGrade);
        Assert.Equal(0, figures.SmogGrade);
    }

    [Theory]
    [InlineData("https://www.nhs.uk/medicines/ketamine/", null)]
    [InlineData("mailto:editor@example.org", null)]
    [InlineData("htp://example.org/a", "'htp:' is not http or https")]
    [InlineData("www.example.org", "it has no scheme; write https://www.example.org")]
    [InlineData("https://example.org/a b", "it has a space in it (write %20 if the space belongs there)")]
    [InlineData("http:/example.org", "it needs two slashes after 'http:'")]
    [InlineData("https://example/", "the host 'example' has no domain ending such as .org")]
    public void Tells_what_is_wrong_with_an_external_address_without_fetching_it(string url, string? problem) =>
        Assert.Equal(problem, ExternalAddresses.Problem(url));
}
