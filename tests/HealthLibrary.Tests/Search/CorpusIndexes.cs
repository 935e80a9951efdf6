using System.Diagnostics;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Tests.Search;

/// <summary>The 1,000-topic corpus indexed once per test run by lunr.js and by us, shared by the tests that need it.</summary>
internal sealed class CorpusIndexes
{
    private static readonly Lazy<CorpusIndexes> LazyThousand = new(() => Create(1000));

    private CorpusIndexes(SearchDocumentSet set, string lunrIndexPath, string ourIndexPath, string report)
    {
        Set = set;
        LunrIndexPath = lunrIndexPath;
        OurIndexPath = ourIndexPath;
        Report = report;
    }

    public static CorpusIndexes Thousand => LazyThousand.Value;

    public SearchDocumentSet Set { get; }

    public string LunrIndexPath { get; }

    public string OurIndexPath { get; }

    /// <summary>Build times and sizes, for the test output.</summary>
    public string Report { get; }

    private static CorpusIndexes Create(int topics)
    {
        string corpus = HealthCorpus.Generate(topics);
        var set = new SearchDocumentSet { Fields = HealthCorpus.Fields, Documents = HealthCorpus.SearchDocuments(corpus) };
        // The two indexes (~15 MB each) live as long as the test process.
        string folder = LunrOracle.NewWorkFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        string lunrPath = Path.Combine(folder, "lunr.json");
        string ourPath = Path.Combine(folder, "ours.json");
        string lunrReport = LunrOracle.BuildIndex(set, lunrPath);

        var clock = Stopwatch.StartNew();
        LunrIndex index = set.BuildOurs();
        TimeSpan built = clock.Elapsed;
        using (FileStream file = File.Create(ourPath))
        {
            index.WriteJson(file);
        }

        TimeSpan written = clock.Elapsed;
        string report = $"{lunrReport}\nours: built {set.Documents.Count} documents in {built.TotalMilliseconds:F0} ms, "
            + $"wrote JSON in {(written - built).TotalMilliseconds:F0} ms (first run in this process, so JIT included)\n"
            + $"JSON: lunr.js {new FileInfo(lunrPath).Length:N0} bytes, ours {new FileInfo(ourPath).Length:N0} bytes, {index.TermCount:N0} terms";
        return new CorpusIndexes(set, lunrPath, ourPath, report);
    }
}
