using HealthLibrary.Tests.Support;
using Xunit.Abstractions;

namespace HealthLibrary.Tests.Search;

/// <summary>Our whole serialized index against lunr.js's on the make-corpus library.</summary>
[Slow(SlowGroup.Node)]
public sealed class LunrCorpusIndexTests(ITestOutputHelper output)
{
    [Fact]
    public void Thousand_topic_index_equals_lunr_js()
    {
        CorpusIndexes corpus = CorpusIndexes.Thousand;
        output.WriteLine(corpus.Report);
        JsonComparison.AssertSameBytes(File.ReadAllBytes(corpus.LunrIndexPath), File.ReadAllBytes(corpus.OurIndexPath));
    }

    [Fact]
    public void Index_with_position_metadata_equals_lunr_js()
    {
        string corpus = HealthCorpus.Generate(1000);
        var set = new SearchDocumentSet
        {
            Fields = HealthCorpus.Fields,
            MetadataWhitelist = ["position"],
            Documents = HealthCorpus.SearchDocuments(corpus, limit: 150),
        };

        LunrEquivalence.AssertSameAsLunr(
            set,
            "ketamine", "dose", "dos*", "title:ket*", "+therapy -risk", "ketamine~1", "\"nasal spray\"", "tags:*",
            "session^3 clinic", "body:sleep mood");
    }
}
