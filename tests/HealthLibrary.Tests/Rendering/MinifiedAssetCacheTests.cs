using HealthLibrary.Output;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>The theme's minified files are kept between builds by their sources' hashes, and publish the same bytes as minifying afresh.</summary>
public sealed class MinifiedAssetCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("healthlib-derived-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static SortedDictionary<string, byte[]> StaticFiles(TestBuild build) =>
        new(build.Output.Files.Where(file => file.Key.StartsWith("static/", StringComparison.Ordinal) && !file.Key.EndsWith(".gz", StringComparison.Ordinal) && !file.Key.EndsWith(".br", StringComparison.Ordinal))
            .ToDictionary(file => file.Key, file => file.Value), StringComparer.Ordinal);

    [Fact]
    public void A_build_that_finds_the_themes_files_minified_publishes_the_same_bytes()
    {
        var afresh = StaticFiles(TestBuild.Run(Sites.Small).AssertSucceeded());
        var options = new BuildOptions { DerivedFiles = new DerivedFileCache(_folder) };

        var filling = StaticFiles(TestBuild.Run(Sites.Small, options).AssertSucceeded());
        var kept = Directory.GetFiles(_folder).Select(File.ReadAllBytes).ToList();
        var taking = StaticFiles(TestBuild.Run(Sites.Small, options).AssertSucceeded());

        Assert.Equal(afresh, filling);
        Assert.Equal(afresh, taking);
        // One kept file per stylesheet and script of the theme (lunr.min.js is published as it is), each a published file.
        var themeFiles = Directory.GetFiles(Path.Combine(Repository.DefaultTheme, "assets")).Count(path => path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal));
        Assert.Equal(themeFiles, kept.Count);
        Assert.All(kept, bytes => Assert.Contains(afresh.Values, published => published.AsSpan().SequenceEqual(bytes)));
    }

    [Fact]
    public void A_kept_file_is_taken_instead_of_minifying_again()
    {
        var options = new BuildOptions { DerivedFiles = new DerivedFileCache(_folder) };
        TestBuild.Run(Sites.Small, options).AssertSucceeded();
        var stylesheet = Directory.GetFiles(_folder, "*.css").OrderBy(path => new FileInfo(path).Length).Last();
        File.WriteAllText(stylesheet, "body{color:red}");

        var build = TestBuild.Run(Sites.Small, options).AssertSucceeded();

        Assert.Contains(StaticFiles(build), file => file.Key.StartsWith("static/site.", StringComparison.Ordinal) && file.Value.AsSpan().SequenceEqual("body{color:red}"u8));
    }
}
