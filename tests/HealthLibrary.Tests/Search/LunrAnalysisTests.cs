using HealthLibrary.Search.Lunr;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Search;

/// <summary>A document analysed on any thread, then added in order: the index a build makes while its pages render.</summary>
public sealed class LunrAnalysisTests
{
    [Slow(SlowGroup.Node)]
    [Fact]
    public void Documents_analysed_on_several_threads_in_reverse_order_give_lunr_js_index()
    {
        // Reverse order on several threads meets the terms in another order than adding does: lunr numbers them as
        // the documents are added, so the index must not show the order analysis met them in.
        var set = new SearchDocumentSet
        {
            Fields = HealthCorpus.Fields,
            MetadataWhitelist = ["position", "index"],
            Documents = HealthCorpus.SearchDocuments(HealthCorpus.Generate(1000), limit: 200),
        };
        var builder = new LunrIndexBuilder(set.Ref, set.Fields, set.MetadataWhitelist);
        var analysed = new LunrDocument[set.Documents.Count];
        Parallel.For(0, analysed.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int position = analysed.Length - 1 - i;
            analysed[position] = builder.Analyze(set.Documents[position]);
        });
        foreach (LunrDocument document in analysed)
        {
            builder.Add(document);
        }

        string folder = LunrOracle.NewWorkFolder();
        try
        {
            string lunrPath = Path.Combine(folder, "lunr.json");
            LunrOracle.BuildIndex(set, lunrPath);
            using var ours = new MemoryStream();
            builder.Build().WriteJson(ours);
            JsonComparison.AssertSameBytes(File.ReadAllBytes(lunrPath), ours.ToArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_document_is_added_only_to_the_builder_that_analysed_it()
    {
        LunrField[] fields = [new("title"), new("body")];
        var one = new LunrIndexBuilder("id", fields);
        var other = new LunrIndexBuilder("id", fields);
        LunrDocument document = one.Analyze(SearchDocumentSet.Document("1", ("title", "Ketamine"), ("body", "nasal spray")));

        var refused = Assert.Throws<ArgumentException>(() => other.Add(document));
        Assert.Contains("another builder", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, other.DocumentCount);

        one.Add(document);
        Assert.Equal(["1"], one.Build().Refs);
    }

    [Fact]
    public void Analysing_checks_the_document_and_adding_checks_its_ref()
    {
        var builder = new LunrIndexBuilder("id", [new LunrField("title")]);
        Assert.Throws<ArgumentException>(() => builder.Analyze(new Dictionary<string, object?> { ["title"] = "no ref" }));
        Assert.Throws<ArgumentException>(() => builder.Analyze(SearchDocumentSet.Document("1", ("title", "lone \uD800 surrogate"))));

        // Two documents with one ref can both be analysed; the second is refused when added, and leaves no trace.
        LunrDocument first = builder.Analyze(SearchDocumentSet.Document("1", ("title", "first")));
        LunrDocument second = builder.Analyze(SearchDocumentSet.Document("1", ("title", "second")));
        builder.Add(first);
        Assert.Throws<ArgumentException>(() => builder.Add(second));
        Assert.Equal(1, builder.Build().TermCount);
    }
}
