using System.Text.Json;
using HealthLibrary.Search;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Search;

/// <summary>The index the build writes, checked against lunr.js building the same documents, and against readers' searches.</summary>
public sealed class SearchPipelineTests
{
    public static TheoryData<string> Libraries => ["sample", "1,000 topics"];

    private static TestBuild Library(string name) => name == "sample" ? LibraryBuilds.Sample : LibraryBuilds.Thousand;

    /// <summary>The library's single index and store: as built for the sample, as split: never would write them for 1,000 topics.</summary>
    private static IReadOnlyDictionary<string, byte[]> SingleFiles(string name) => LibraryBuilds.SingleFiles(Library(name));

    [Slow(SlowGroup.Node)]
    [Theory]
    [MemberData(nameof(Libraries))]
    public void The_built_index_is_byte_for_byte_what_lunr_js_builds_from_the_same_documents(string library)
    {
        var build = Library(library);
        var folder = LunrOracle.NewWorkFolder();
        try
        {
            var documents = Path.Combine(folder, "documents.json");
            var lunrIndex = Path.Combine(folder, "lunr.json");
            File.WriteAllBytes(documents, SearchDocumentsFile.Write(build.SearchDocuments));

            LunrOracle.BuildIndexFromFile(documents, lunrIndex);

            JsonComparison.AssertSameBytes(File.ReadAllBytes(lunrIndex), SingleFiles(library)[SearchFiles.IndexPath]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Slow(SlowGroup.Node)]
    [Theory]
    [MemberData(nameof(Libraries))]
    public void Searching_a_topics_title_finds_it_in_the_first_three_for_at_least_95_percent(string library)
    {
        var files = SingleFiles(library);
        var folder = LunrOracle.NewWorkFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "search"));
            File.WriteAllBytes(Path.Combine(folder, SearchFiles.IndexPath), files[SearchFiles.IndexPath]);
            File.WriteAllBytes(Path.Combine(folder, SearchFiles.StorePath), files[SearchFiles.StorePath]);

            var report = JsonDocument.Parse(LunrOracle.Run("title-search.js", folder, Path.Combine(Repository.DefaultTheme, "assets", "search.js"))).RootElement;

            var topics = report.GetProperty("topics").GetInt32();
            var found = report.GetProperty("found").GetInt32();
            Assert.True(topics >= 12, $"only {topics} topics were searched");
            Assert.True(found >= topics * 0.95, $"{found} of {topics} titles found in the first three; misses: {report.GetProperty("misses")}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_published_topic_and_page_is_in_the_store_with_what_a_result_shows()
    {
        var build = LibraryBuilds.Sample;
        using var store = JsonDocument.Parse(build.Output.Files[SearchFiles.StorePath]);

        var entries = store.RootElement.EnumerateObject().ToList();
        Assert.Equal(build.SearchDocuments.Count, entries.Count);
        var esketamine = entries.Single(e => e.Value.GetProperty("url").GetString() == "/topics/esketamine-nasal-spray/").Value;
        Assert.Equal("Esketamine nasal spray (Spravato)", esketamine.GetProperty("title").GetString());
        Assert.Equal("high", esketamine.GetProperty("risk").GetString());
        Assert.Equal("High risk", esketamine.GetProperty("risk_label").GetString());
        Assert.Equal("Medicines", esketamine.GetProperty("category").GetString());
        Assert.False(string.IsNullOrEmpty(esketamine.GetProperty("summary").GetString()));
        Assert.Contains(entries, e => e.Value.GetProperty("url").GetString() == "/about/" && e.Value.GetProperty("risk").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Index_and_store_have_precompressed_siblings_that_decompress_to_them()
    {
        var build = LibraryBuilds.Sample;
        foreach (var path in new[] { SearchFiles.IndexPath, SearchFiles.StorePath })
        {
            var raw = build.Output.Files[path];
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(build.Output.Files[path + ".gz"]), System.IO.Compression.CompressionMode.Decompress);
            using var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(build.Output.Files[path + ".br"]), System.IO.Compression.CompressionMode.Decompress);
            Assert.Equal(raw, ReadAll(gzip));
            Assert.Equal(raw, ReadAll(brotli));
        }
    }

    [Fact]
    public void The_search_page_and_lunr_js_from_npm_are_part_of_every_site()
    {
        var build = LibraryBuilds.Sample;
        var page = build.Document("search/index.html");

        Assert.Equal(1, page.QuerySelectorAll("h1").Length);
        Assert.NotNull(page.QuerySelector("input#search-query[name=q]"));
        Assert.NotNull(page.QuerySelector("[role=status][aria-live=polite]"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => System.Text.RegularExpressions.Regex.IsMatch(s.GetAttribute("src")!, @"^/static/lunr\.min\.[0-9a-f]{10}\.js$"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        var lunr = System.Text.Encoding.UTF8.GetString(build.Output.Files["assets/lunr.min.js"]);
        Assert.Contains("2.3.9", lunr);
        Assert.Equal("/search/", build.Document("index.html").QuerySelector("form[role=search]")!.GetAttribute("action"));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
