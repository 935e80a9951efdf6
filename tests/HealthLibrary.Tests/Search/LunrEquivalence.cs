using System.Text;

namespace HealthLibrary.Tests.Search;

/// <summary>The one check most Lunr tests make: lunr.js and our builder give the same index, and lunr.js answers the same from both.</summary>
internal static class LunrEquivalence
{
    /// <summary>
    /// Builds the set with lunr.js and with our builder, compares the two JSON texts (value,
    /// then bytes), and runs <paramref name="queries"/> on lunr's index and on ours loaded into
    /// lunr.js, which must answer the same refs, scores and match metadata.
    /// </summary>
    public static void AssertSameAsLunr(SearchDocumentSet set, params string[] queries)
    {
        string folder = LunrOracle.NewWorkFolder();
        try
        {
            string lunrPath = Path.Combine(folder, "lunr.json");
            string ourPath = Path.Combine(folder, "ours.json");
            LunrOracle.BuildIndex(set, lunrPath);
            File.WriteAllBytes(ourPath, set.OurJson());
            JsonComparison.AssertSameBytes(File.ReadAllBytes(lunrPath), File.ReadAllBytes(ourPath));

            IReadOnlyList<IReadOnlyList<LunrQueryOutcome>> outcomes = LunrOracle.Query(queries, matchData: true, lunrPath, ourPath);
            var failures = new StringBuilder();
            for (int i = 0; i < queries.Length; i++)
            {
                if (LunrQueryOutcome.FirstDifference(outcomes[0][i], outcomes[1][i]) is string difference)
                {
                    failures.AppendLine($"query \"{queries[i]}\": {difference}");
                }
            }

            Assert.True(failures.Length == 0, failures.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
