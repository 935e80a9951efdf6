using BenchmarkDotNet.Attributes;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Benchmarks;

/// <summary>
/// serve after one saved edit at 10,000 topics: from writing the file to having the bytes of the edited topic's page,
/// the page the writer has open. Each run saves the edit, the next saves it undone, so every run is a real change.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, invocationCount: 1)]
public class ServeEditBenchmarks
{
    private const string Topic = "topics/medicines/topic-005000.md";
    private const string TopicPage = "topics/topic-005000/index.html";
    private static readonly DateOnly Today = new(2026, 1, 1);

    private string _folder = null!;
    private LiveSite _live = null!;
    private string _original = null!;
    private string _edited = null!;
    private bool _isEdited;

    /// <summary>What the writer changes in the topic's file.</summary>
    [Params("body", "title", "risk", "category", "tag", "synonym", "order")]
    public string Edit { get; set; } = "body";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "healthlib-serve-bench-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Corpus.Ensure(10_000), _folder);
        _original = File.ReadAllText(Path.Combine(_folder, Topic));
        _edited = Edit switch
        {
            "body" => _original + "\nOne more sentence for the reader.\n",
            "title" => Replace(_original, "\ntitle: \"", "\ntitle: \"Renamed "),
            "risk" => Replace(_original, "\nrisk: low\n", "\nrisk: high\n"),
            "category" => Replace(_original, "\ncategory: Medicines\n", "\ncategory: Wellbeing\n"),
            "tag" => Replace(_original, "\ntags: [", "\ntags: [serve-benchmark, "),
            "synonym" => Replace(_original, "\nsynonyms: [", "\nsynonyms: [Another name, "),
            "order" => Replace(_original, "\norder: 12\n", "\norder: 13\n"),
            _ => throw new InvalidOperationException($"no edit '{Edit}'"),
        };

        var options = new BuildOptions { Today = Today, Theme = new FileSystemContentSource(Path.Combine(Corpus.RepositoryRoot, "themes", "default")) };
        _live = new LiveSite(new FileSystemContentSource(_folder), options);
        if (!_live.Rebuild(SiteChanges.All).Succeeded)
        {
            throw new InvalidOperationException("the corpus did not build");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int SaveAndOpen()
    {
        _isEdited = !_isEdited;
        File.WriteAllText(Path.Combine(_folder, Topic), _isEdited ? _edited : _original);
        var result = _live.Rebuild(new SiteChanges([Topic], FilesMoved: false));
        return result.Snapshot?.Find(TopicPage)?.Bytes?.Length ?? throw new InvalidOperationException("the edit did not build: " + string.Join("\n", result.Diagnostics));
    }

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"{Topic} has no '{from.Trim()}'");

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
