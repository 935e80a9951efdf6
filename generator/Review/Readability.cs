namespace HealthLibrary.Review;

/// <summary>
/// How hard a text is to read, as school grades: Flesch–Kincaid (Kincaid et al. 1975) and SMOG (McLaughlin 1969).
/// Counts come from <see cref="Measure"/>: sentences by punctuation, words by spaces, syllables by <see cref="SyllableCounter"/>.
/// </summary>
public sealed record Readability(int Sentences, int Words, int Syllables, int Polysyllables)
{
    /// <summary>0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
    public double FleschKincaidGrade => Words == 0 ? 0 : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>1.0430 × √(polysyllables × 30 / sentences) + 3.1291; meant for texts of 30 sentences or more.</summary>
    public double SmogGrade => Sentences == 0 ? 0 : (1.0430 * Math.Sqrt(Polysyllables * 30.0 / Sentences)) + 3.1291;

    /// <summary>
    /// Counts a text given as paragraphs (list items are paragraphs). A sentence ends at '.', '!' or '?' followed by
    /// the end of the paragraph or by a space and a word that does not start in lower case, so "e.g. this" and
    /// "2.5 mg" do not end one; the end of a paragraph always ends a sentence, so a list item without a full stop
    /// counts as one. A word is a run of characters between spaces with at least one letter; numbers are not words.
    /// </summary>
    public static Readability Measure(IEnumerable<string> paragraphs)
    {
        var (sentences, words, syllables, polysyllables) = (0, 0, 0, 0);
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var open = false;
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i];
                if (token.Any(char.IsLetter))
                {
                    var count = SyllableCounter.Count(token);
                    words++;
                    syllables += count;
                    polysyllables += count >= 3 ? 1 : 0;
                    open = true;
                }

                var next = i + 1 < tokens.Length ? tokens[i + 1].TrimStart('"', '\'', '(', '“', '‘') : "";
                if (open && EndsSentence(token) && !(next.Length > 0 && char.IsLower(next[0])))
                {
                    sentences++;
                    open = false;
                }
            }

            sentences += open ? 1 : 0;
        }

        return new Readability(sentences, words, syllables, polysyllables);
    }

    private static bool EndsSentence(string token) => token.TrimEnd('"', '\'', ')', ']', '”', '’') is [.., '.' or '!' or '?'];
}
