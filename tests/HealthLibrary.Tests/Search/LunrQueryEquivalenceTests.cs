using HealthLibrary.Tests.Support;
using System.Text;
using HealthLibrary.Search.Lunr;
using Xunit.Abstractions;

namespace HealthLibrary.Tests.Search;

/// <summary>
/// Hundreds of queries of every lunr syntax over the 1,000-topic corpus: lunr.js must answer
/// the same refs, in the same order, with the same scores (exact doubles) from our index as
/// from its own.
/// </summary>
[Slow(SlowGroup.Node)]
public sealed class LunrQueryEquivalenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Queries_on_our_index_score_exactly_as_on_lunrs_own()
    {
        CorpusIndexes corpus = CorpusIndexes.Thousand;
        IReadOnlyList<string> queries = Queries(corpus.Set);
        IReadOnlyList<IReadOnlyList<LunrQueryOutcome>> outcomes =
            LunrOracle.Query(queries, matchData: false, corpus.LunrIndexPath, corpus.OurIndexPath);

        var failures = new StringBuilder();
        int failed = 0;
        for (int i = 0; i < queries.Count; i++)
        {
            if (LunrQueryOutcome.FirstDifference(outcomes[0][i], outcomes[1][i]) is string difference)
            {
                if (++failed <= 10)
                {
                    failures.AppendLine($"query \"{queries[i]}\": {difference}");
                }
            }
        }

        int answered = outcomes[0].Count(o => o.Error is null && o.Results.Count > 0);
        int errors = outcomes[0].Count(o => o.Error is not null);
        output.WriteLine($"{queries.Count} queries: {answered} with results, {errors} parse errors, "
            + $"{outcomes[0].Sum(o => o.Results.Count):N0} results in all");
        Assert.True(failed == 0, $"{failed} of {queries.Count} queries differ:\n{failures}");
        Assert.True(answered > queries.Count / 2, $"only {answered} of {queries.Count} queries found anything");
    }

    /// <summary>A fixed mix of lunr query forms built from the corpus's own words.</summary>
    private static List<string> Queries(SearchDocumentSet set)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (IReadOnlyDictionary<string, object?> document in set.Documents)
        {
            foreach (string field in new[] { "title", "body" })
            {
                foreach (LunrToken token in LunrTokenizer.Tokenize(document[field] as string))
                {
                    string word = LunrTrimmer.Trim(token.Text);
                    if (word.Length >= 3 && word.All(char.IsAsciiLetterLower))
                    {
                        frequency[word] = frequency.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }

        string[] byFrequency = [.. frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
        string[] common = byFrequency[..200];
        string[] rare = byFrequency[^200..];
        string[] fields = [.. HealthCorpus.Fields.Select(f => f.Name)];
        var random = new Random(2024);
        string Common() => common[random.Next(common.Length)];
        string Rare() => rare[random.Next(rare.Length)];
        string Any() => random.Next(3) == 0 ? Rare() : Common();

        var queries = new List<string>
        {
            "ketamine", "ketamines", "Ketamine", "KETAMINE", "dosing", "doses", "studies", "study", "the", "and the",
            "zzzqqqx", "", "   ", "*", "ket*", "*ine", "k*e", "title:ket*", "body:dos*", "tags:*", "-ketamine",
            "+ketamine -depression", "ketamine~1", "ketamin~2", "title:ketamine^10 body:ketamine", "ketamine^0.5",
            "risk:high", "risk:low ketamine", "category:treatments", "category:conditions +risk:high",
            "health_risks:nausea", "synonyms:*", "headings:session", "summary:dose",
            "title:", "nofield:ketamine", "ketamine^", "ketamine~", ":", "^2", "ketamine^abc", "~1", "+", "-",
            "\"ketamine infusion\"", "well-being", "long-term", "ketamine's", "(ketamine)", "**ketamine**",
        };

        for (int i = 0; i < 40; i++)
        {
            queries.Add(Any());
        }

        for (int i = 0; i < 40; i++)
        {
            queries.Add($"{Any()} {Any()}");
        }

        for (int i = 0; i < 20; i++)
        {
            queries.Add($"\"{Common()} {Any()}\"");
        }

        for (int i = 0; i < 25; i++)
        {
            queries.Add(random.Next(2) == 0 ? $"+{Common()} {Any()}" : $"+{Common()} +{Common()}");
        }

        for (int i = 0; i < 25; i++)
        {
            queries.Add(random.Next(2) == 0 ? $"{Common()} -{Common()}" : $"{Any()} {Any()} -{Common()}");
        }

        for (int i = 0; i < 40; i++)
        {
            queries.Add($"{fields[random.Next(fields.Length)]}:{Any()}");
        }

        for (int i = 0; i < 25; i++)
        {
            queries.Add($"{Any()}~{1 + random.Next(2)}");
        }

        for (int i = 0; i < 25; i++)
        {
            string word = Common();
            queries.Add(random.Next(3) switch
            {
                0 => word[..3] + "*",
                1 => "*" + word[^3..],
                _ => $"{fields[random.Next(fields.Length)]}:{word[..3]}*",
            });
        }

        for (int i = 0; i < 25; i++)
        {
            queries.Add(random.Next(2) == 0
                ? $"{Any()}^{1 + random.Next(20)} {Any()}"
                : $"title:{Common()}^{random.Next(1, 6)} body:{Any()}");
        }

        for (int i = 0; i < 20; i++)
        {
            queries.Add($"+title:{Common()} -body:{Rare()} {Any()}~1^2 {Common()[..3]}*");
        }

        return queries;
    }
}
