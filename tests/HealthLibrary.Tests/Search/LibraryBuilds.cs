using HealthLibrary.Configuration;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Search;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Search;

/// <summary>The sample library and the 1,000-topic corpus, each built once per test run for the search tests.</summary>
internal static class LibraryBuilds
{
    private static readonly Lazy<TestBuild> SampleBuild = new(() => TestBuild.Run(new FileSystemContentSource(Repository.Input, "input")).AssertSucceeded());

    private static readonly Lazy<TestBuild> SampleSplitBuild = new(() =>
        TestBuild.Run(new FileSystemContentSource(Repository.Input, "input"), new BuildOptions { SearchSplit = SearchSplitMode.Always }).AssertSucceeded());

    private static readonly Lazy<TestBuild> ThousandBuild = new(() =>
        TestBuild.Run(new FileSystemContentSource(HealthCorpus.Generate(1000), "corpus")).AssertSucceeded());

    /// <summary>The sample library, which split: auto keeps in one index file.</summary>
    public static TestBuild Sample => SampleBuild.Value;

    /// <summary>The sample library with split: always, so its search takes the split index's path.</summary>
    public static TestBuild SampleSplit => SampleSplitBuild.Value;

    /// <summary>make-corpus's 1,000 topics, which split: auto splits.</summary>
    public static TestBuild Thousand => ThousandBuild.Value;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TestBuild, IReadOnlyDictionary<string, byte[]>> Single = [];

    /// <summary>The single index and store a build writes with split: never, made once from the same documents.</summary>
    public static IReadOnlyDictionary<string, byte[]> SingleFiles(TestBuild build) =>
        build.Output.Files.ContainsKey(SearchFiles.IndexPath)
            ? build.Output.Files
            : Single.GetValue(build, _ =>
            {
                var single = new HealthLibrary.Output.MemoryOutput();
                SearchFiles.Write(build.SearchDocuments, SearchSplitMode.Never, "/", single);
                return single.Files;
            });
}
