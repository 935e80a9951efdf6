using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Tests.Support;

/// <summary>Builds a site held in memory through the real pipeline and the real default theme.</summary>
public sealed class TestBuild
{
    /// <summary>The date builds in tests take as today, so review flags never change under a test.</summary>
    public static readonly DateOnly Today = new(2026, 11, 21);

    private TestBuild(MemoryOutput output, IReadOnlyList<Diagnostic> diagnostics, bool succeeded, IReadOnlyList<HealthLibrary.Search.SearchDocument>? searchDocuments = null)
    {
        SearchDocuments = searchDocuments ?? [];
        Output = output;
        Diagnostics = diagnostics;
        Succeeded = succeeded;
    }

    public MemoryOutput Output { get; }

    /// <summary>What the build fed to the search index, in add order.</summary>
    public IReadOnlyList<HealthLibrary.Search.SearchDocument> SearchDocuments { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool Succeeded { get; }

    public IEnumerable<string> Lines => Diagnostics.Select(d => d.ToString());

    public static TestBuild Run(string siteText, BuildOptions? options = null) =>
        Run(SiteText.Parse(siteText), options);

    public static TestBuild Run(IReadOnlyDictionary<string, string> files, BuildOptions? options = null)
    {
        var input = files
            .Where(file => file.Key.StartsWith("input/", StringComparison.Ordinal))
            .ToDictionary(file => file.Key["input/".Length..], file => file.Value, StringComparer.Ordinal);
        return Run(new MemoryContentSource("input", input), options);
    }

    public static TestBuild Run(IContentSource input, BuildOptions? options = null)
    {
        options ??= new BuildOptions();
        options = options with { Today = Today, KeepSearchDocuments = true, Theme = options.Theme ?? new FileSystemContentSource(Repository.DefaultTheme, "themes/default") };
        var output = new MemoryOutput();
        var (site, loaded) = SiteGenerator.Load(input, options);
        if (site is null)
        {
            return new TestBuild(output, loaded.Diagnostics, false);
        }

        var (_, documents, built) = SiteGenerator.Build(site, output, options);
        return new TestBuild(output, [.. loaded.Diagnostics, .. built.Diagnostics], built.Succeeded, documents);
    }

    public string Html(string path) => Output.Text(path);

    public AngleSharp.Dom.IDocument Document(string path) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Html(path));

    /// <summary>Fails unless <paramref name="other"/> wrote the same files, each with the same bytes.</summary>
    public void AssertSameFilesAs(TestBuild other)
    {
        Assert.Equal(other.Output.Files.Keys.Order(StringComparer.Ordinal), Output.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in other.Output.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(Output.Files[path]), $"{path} differs");
        }
    }

    /// <summary>Fails with every diagnostic when the build did not succeed.</summary>
    public TestBuild AssertSucceeded()
    {
        Assert.True(Succeeded, "the build failed:\n" + string.Join("\n", Lines));
        return this;
    }
}
