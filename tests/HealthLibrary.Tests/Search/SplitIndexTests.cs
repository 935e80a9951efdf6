using System.Text.Json;
using HealthLibrary.Configuration;
using HealthLibrary.Input;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;
using HealthLibrary.Search;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Search;

/// <summary>The split index: chosen by size or by site.yml, cacheable by name, and answering exactly as lunr.js does.</summary>
public sealed class SplitIndexTests
{
    [Slow(SlowGroup.Node)]
    [Fact]
    public void Auto_keeps_the_sample_in_one_file_and_splits_a_thousand_topics()
    {
        var sample = LibraryBuilds.Sample;
        Assert.Contains(SearchFiles.IndexPath, sample.Output.Files.Keys);
        Assert.DoesNotContain(sample.Output.Files.Keys, path => path.StartsWith(SplitSearchFiles.Folder, StringComparison.Ordinal));
        Assert.Equal("", SearchPage(sample).GetAttribute("data-split-url"));

        var thousand = LibraryBuilds.Thousand;
        Assert.DoesNotContain(SearchFiles.IndexPath, thousand.Output.Files.Keys);
        Assert.DoesNotContain(SearchFiles.StorePath, thousand.Output.Files.Keys);
        var vocabulary = SearchPage(thousand).GetAttribute("data-split-url")!;
        Assert.Matches("^/static/search/vocabulary\\.[0-9a-f]{10}\\.json$", vocabulary);
        Assert.Contains(vocabulary.TrimStart('/'), thousand.Output.Files.Keys);
    }

    [Fact]
    public void Site_yml_can_ask_for_a_split_index_or_for_one_file()
    {
        var always = TestBuild.Run(Sites.Small.Replace("default_disclaimers: [medical]", "default_disclaimers: [medical]\nsearch:\n  split: always")).AssertSucceeded();
        var never = TestBuild.Run(Sites.Small.Replace("default_disclaimers: [medical]", "default_disclaimers: [medical]\nsearch:\n  split: never")).AssertSucceeded();

        Assert.DoesNotContain(SearchFiles.IndexPath, always.Output.Files.Keys);
        Assert.NotEqual("", SearchPage(always).GetAttribute("data-split-url"));
        Assert.Contains(SearchFiles.IndexPath, never.Output.Files.Keys);
        Assert.Equal("/search/index.json", SearchPage(never).GetAttribute("data-index-url"));
    }

    [Fact]
    public void Every_split_file_is_named_by_its_content_hash_and_is_under_the_cached_folder()
    {
        var files = LibraryBuilds.SampleSplit.Output.Files.Where(file => file.Key.StartsWith(SplitSearchFiles.Folder, StringComparison.Ordinal) && file.Key.EndsWith(".json", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        foreach (var (path, bytes) in files)
        {
            var name = path[SplitSearchFiles.Folder.Length..];
            var kind = name[..name.IndexOf('.', StringComparison.Ordinal)];
            Assert.Equal(name, ContentHashedName.Of(kind + ".json", bytes));
            Assert.True(LibraryBuilds.SampleSplit.Output.Files.ContainsKey(path + ".br"), $"{path} has no .br sibling");
        }

        var cache = HealthLibrary.Rendering.HostingRules.CacheRules(new HealthLibrary.Model.SiteUrls(new Uri("https://example.org/")));
        Assert.Contains(cache, rule => rule.Path == "/" + AssetManifestStatic + "/*" && rule.CacheControl.Contains("immutable", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_library_gives_the_same_split_files_byte_for_byte()
    {
        var again = TestBuild.Run(new FileSystemContentSource(Repository.Input, "input"), new BuildOptions { SearchSplit = SearchSplitMode.Always }).AssertSucceeded();

        var first = LibraryBuilds.SampleSplit.Output.Files.Where(file => file.Key.StartsWith(SplitSearchFiles.Folder, StringComparison.Ordinal)).OrderBy(file => file.Key, StringComparer.Ordinal).ToList();
        var second = again.Output.Files.Where(file => file.Key.StartsWith(SplitSearchFiles.Folder, StringComparison.Ordinal)).OrderBy(file => file.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(first.Select(file => file.Key), second.Select(file => file.Key));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Value, pair.Second.Value));
    }

    [Fact]
    public void The_vocabulary_lists_every_term_in_lunrs_order_and_every_shard_it_names_exists()
    {
        var build = LibraryBuilds.SampleSplit;
        var vocabularyPath = SearchPage(build).GetAttribute("data-split-url")!.TrimStart('/');
        using var vocabulary = JsonDocument.Parse(build.Output.Files[vocabularyPath]);
        var root = vocabulary.RootElement;

        var terms = root.GetProperty("terms").EnumerateArray().Select(term => term.GetString()!).ToList();
        Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
        Assert.Equal(build.SearchDocuments.Count, root.GetProperty("documents").GetInt32());
        Assert.False(root.TryGetProperty("refs", out _), "refs 0, 1, 2... need not be listed");
        var names = root.GetProperty("shards").EnumerateArray().Select(shard => shard[1].GetString()!)
            .Concat(root.GetProperty("store").EnumerateArray().Select(name => name.GetString()!))
            .Concat(root.GetProperty("titles").EnumerateArray().Select(name => name.GetString()!));
        Assert.All(names, name => Assert.Contains(SplitSearchFiles.Folder + name, build.Output.Files.Keys));
    }

    [Theory]
    [InlineData("Neuroplasticity", "neuroplasticity")]
    [InlineData("  Ketamine   for PTSD\tand trauma ", "ketamine for ptsd and trauma")]
    [InlineData("ΟΔΟΣ\u00A0İ", "οδος i\u0307")]
    public void Exact_title_keys_normalise_as_the_search_page_does(string title, string key)
    {
        Assert.Equal(key, ExactTitleKey.Of(title));
    }

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Split_index_answers_exactly_as_lunr_js_on_the_sample()
    {
        var report = Equivalence(LibraryBuilds.SampleSplit, queries: 200, seed: 3);

        AssertExact(report, minimumQueries: 200);
    }

    /// <summary>
    /// Four hundred queries of every kind (words, several words, +/-, field:, pre*, *fix, term~1, the
    /// page's prefix and typo forms, exact titles), each through lunr's own syntax and through the
    /// search page, compared with lunr.js's whole index built from the same documents.
    /// </summary>
    [Slow(SlowGroup.Node)]
    [Fact]
    public void Split_index_answers_exactly_as_lunr_js_on_a_thousand_topics()
    {
        var report = Equivalence(LibraryBuilds.Thousand, queries: 400, seed: 1);

        AssertExact(report, minimumQueries: 400);
    }

    private const string AssetManifestStatic = HealthLibrary.Rendering.AssetManifest.StaticFolder;

    private static AngleSharp.Dom.IElement SearchPage(TestBuild build) => build.Document("search/index.html").QuerySelector("#search-page")!;

    private static void AssertExact(JsonElement report, int minimumQueries)
    {
        Assert.True(report.GetProperty("queries").GetInt32() >= minimumQueries, report.ToString());
        Assert.True(report.GetProperty("withResults").GetInt32() >= report.GetProperty("comparisons").GetInt32() / 2, "most queries should find something: " + report);
        Assert.True(report.GetProperty("mismatchCount").GetInt32() == 0, "the split index answered differently: " + report.GetProperty("mismatches"));
    }

    /// <summary>Runs tests/oracle/split-equivalence.js on the build's split index and lunr.js's own index of the same documents.</summary>
    private static JsonElement Equivalence(TestBuild build, int queries, int seed)
    {
        var folder = LunrOracle.NewWorkFolder();
        try
        {
            foreach (var (path, bytes) in build.Output.Files.Where(file => file.Key.StartsWith(SplitSearchFiles.Folder, StringComparison.Ordinal) && file.Key.EndsWith(".json", StringComparison.Ordinal)))
            {
                File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(path)), bytes);
            }

            var documents = Path.Combine(folder, "documents.json");
            var whole = Path.Combine(folder, "whole.json");
            var store = Path.Combine(folder, "store.json");
            File.WriteAllBytes(documents, SearchDocumentsFile.Write(build.SearchDocuments));
            LunrOracle.BuildIndexFromFile(documents, whole);
            File.WriteAllBytes(store, SearchFiles.Store(build.SearchDocuments.Select(document => (document.Ref, document.Result))));
            var vocabulary = Path.Combine(folder, Path.GetFileName(SearchPage(build).GetAttribute("data-split-url")!));

            var output = LunrOracle.Run(
                "split-equivalence.js",
                vocabulary,
                whole,
                store,
                Path.Combine(Repository.DefaultTheme, "assets", "search.js"),
                queries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
