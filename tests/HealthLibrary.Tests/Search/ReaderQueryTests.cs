using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Search;

/// <summary>
/// The reader-query set (tests/reader-queries): questions, worries, misspellings and the like, run
/// through the search page's own search.js on the sample library, and through Pagefind, the peer.
/// Only rates are shown for the held-out part, so that nobody tunes the page to its queries.
/// </summary>
[Slow(SlowGroup.Node)]
public sealed class ReaderQueryTests(ITestOutputHelper output)
{
    private static readonly string Queries = Path.Combine(Repository.Root, "tests", "reader-queries");

    [Fact]
    public void Readers_questions_find_a_topic_that_answers_them_in_the_first_three()
    {
        using var single = SiteOnDisk(LibraryBuilds.Sample);
        using var split = SiteOnDisk(LibraryBuilds.SampleSplit);

        var report = Run("reader-queries.js", single.Root, Path.Combine(Repository.DefaultTheme, "assets", "search.js"), Queries, "--split", split.Root);

        var overall = Rate(report.GetProperty("overall"));
        var heldOut = Rate(report.GetProperty("parts").GetProperty("held-out"));
        Assert.True(report.GetProperty("parts").GetProperty("tuning").GetProperty("queries").GetInt32() + heldOut.Queries >= 80, "the set has fewer than 80 queries");
        Assert.True(overall.Top3 >= 0.95, $"top-3 overall is {overall}, below 95%; tuning misses: {report.GetProperty("parts").GetProperty("tuning").GetProperty("misses")}");
        Assert.True(heldOut.Top3 >= 0.90, $"top-3 on the held-out part is {heldOut}, below 90%");
        Assert.True(report.GetProperty("splitDifferences").GetInt32() == 0, $"the split index ranks {report.GetProperty("splitDifferences")} queries otherwise; tuning ones: {report.GetProperty("splitDifferencesShown")}");
    }

    [Fact]
    public void The_search_page_puts_more_answers_in_the_first_three_than_pagefind_on_the_same_site()
    {
        using var site = SiteOnDisk(LibraryBuilds.Sample);
        string work = LunrOracle.NewWorkFolder();
        try
        {
            var ours = Run("reader-queries.js", site.Root, Path.Combine(Repository.DefaultTheme, "assets", "search.js"), Queries);
            var pagefind = Run("pagefind-queries.js", site.Root, Queries, work);

            foreach (string part in new[] { "tuning", "held-out" })
            {
                var mine = Rate(ours.GetProperty("parts").GetProperty(part));
                var theirs = Rate(pagefind.GetProperty("parts").GetProperty(part));
                output.WriteLine($"{part}: HealthLibrary {mine}, Pagefind {theirs}");
            }

            var overallOurs = Rate(ours.GetProperty("overall"));
            var overallTheirs = Rate(pagefind.GetProperty("overall"));
            var heldOurs = Rate(ours.GetProperty("parts").GetProperty("held-out"));
            var heldTheirs = Rate(pagefind.GetProperty("parts").GetProperty("held-out"));
            Assert.True(overallOurs.Top3 > overallTheirs.Top3, $"top-3 overall: HealthLibrary {overallOurs}, Pagefind {overallTheirs}");
            Assert.True(heldOurs.Top3 > heldTheirs.Top3, $"top-3 held out: HealthLibrary {heldOurs}, Pagefind {heldTheirs}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private JsonElement Run(string script, params string[] arguments)
    {
        using var report = JsonDocument.Parse(LunrOracle.Run(script, arguments));
        var root = report.RootElement.Clone();
        output.WriteLine($"{script}: top-1 / top-3");
        foreach (var part in root.GetProperty("parts").EnumerateObject())
        {
            output.WriteLine($"  {part.Name}: {Rate(part.Value)}");
        }

        output.WriteLine($"  overall: {Rate(root.GetProperty("overall"))}");
        return root;
    }

    private static PartRate Rate(JsonElement part) =>
        new(part.GetProperty("queries").GetInt32(), part.GetProperty("top1").GetInt32(), part.GetProperty("top3").GetInt32());

    /// <summary>A built site written to a temporary folder, as the Node scripts read it.</summary>
    private static SiteFolder SiteOnDisk(TestBuild build)
    {
        var folder = new SiteFolder("");
        foreach (var (path, bytes) in build.Output.Files)
        {
            string file = folder.Path(path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }

        return folder;
    }

    private readonly record struct PartRate(int Queries, int Top1Hits, int Top3Hits)
    {
        public double Top1 => (double)Top1Hits / Queries;

        public double Top3 => (double)Top3Hits / Queries;

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"top-1 {Top1Hits}/{Queries} ({Top1 * 100:F1}%), top-3 {Top3Hits}/{Queries} ({Top3 * 100:F1}%)");
    }
}
