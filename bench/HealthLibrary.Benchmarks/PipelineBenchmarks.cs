using BenchmarkDotNet.Attributes;
using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;
using HealthLibrary.Rendering;
using HealthLibrary.Search;
using HealthLibrary.Search.Lunr;
using HealthLibrary.Yaml;

namespace HealthLibrary.Benchmarks;

/// <summary>Each stage of a build, over the whole 1,000-topic corpus: every figure is per 1,000 topics.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class PipelineBenchmarks
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    private FileSystemContentSource _input = null!;
    private BuildOptions _options = null!;
    private List<(string Path, string Display, string Text)> _files = null!;
    private List<string> _bodies = null!;
    private TopicReader _topicReader = null!;
    private MarkdownSyntax _markdown = null!;
    private LoadedSite _site = null!;
    private MarkdownRenderer _renderer = null!;
    private PageViews _views = null!;
    private List<Dictionary<string, object?>> _topicViews = null!;
    private IReadOnlyList<SearchDocument> _documents = null!;
    private LunrIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Corpus.Ensure();
        _input = new FileSystemContentSource(folder);
        _options = new BuildOptions { Today = Today, Theme = new FileSystemContentSource(Path.Combine(Corpus.RepositoryRoot, "themes", "default")) };
        _files = _input.ListFiles(ContentLoader.TopicsFolder)
            .Select(path => (path, _input.DisplayPath(path), System.Text.Encoding.UTF8.GetString(_input.ReadBytes(path))))
            .ToList();
        _bodies = _files.Select(file => FrontMatter.Split(file.Text, file.Display, new DiagnosticBag())!.Body).ToList();

        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(_input, bag, null)!;
        _markdown = new MarkdownSyntax(config.AllowHtml);
        _topicReader = new TopicReader(config, AuthorsReader.Read(_input, bag), _markdown, Today);

        var (site, result) = SiteGenerator.Load(_input, _options);
        _site = site ?? throw new InvalidOperationException($"the corpus did not load: {result.Errors} errors");
        _renderer = new MarkdownRenderer(_site.Model.Markdown, _site.Model.Urls);
        _views = new PageViews(_site.Model, _renderer, new Lazy<HealthLibrary.Search.SearchOutput>(() => HealthLibrary.Search.SearchFiles.Write(SearchDocumentBuilder.Build(_site.Model), HealthLibrary.Configuration.SearchSplitMode.Auto, _site.Model.Urls.BasePath, new HealthLibrary.Output.MemoryOutput())), Today);
        _topicViews = _site.Model.Topics.Select(_views.Topic).ToList();
        _documents = SearchDocumentBuilder.Build(_site.Model);
        _index = BuildIndex();
    }

    /// <summary>Splitting off the front matter and parsing its YAML, without the checks against the content model.</summary>
    [Benchmark]
    public int FrontMatterYaml()
    {
        var nodes = 0;
        foreach (var (_, display, text) in _files)
        {
            var bag = new DiagnosticBag();
            var split = FrontMatter.Split(text, display, bag)!;
            nodes += YamlDocumentReader.Read(split.Yaml, display, split.YamlFirstLine, bag) is null ? 0 : 1;
        }

        return nodes;
    }

    /// <summary>Reading a topic file whole: front matter, its checks, and the Markdown syntax tree.</summary>
    [Benchmark]
    public int TopicReading() => _files.Count(file => _topicReader.Read(file.Path, file.Display, file.Text, new DiagnosticBag()) is not null);

    [Benchmark]
    public int MarkdownParsing() => _bodies.Sum(body => _markdown.Parse(body).Headings.Count);

    [Benchmark]
    public int MarkdownRendering() => _site.Model.Topics.Sum(topic => _renderer.Render(topic.Body.Document, _site.Model.LinksOf(topic.SourcePath)).Length);

    /// <summary>The data each topic page's template sees (includes rendering its Markdown and its JSON-LD).</summary>
    [Benchmark]
    public int TopicViews() => _site.Model.Topics.Sum(topic => _views.Topic(topic).Count);

    /// <summary>Scriban alone: the topic template and the layout, over views built beforehand, into one reused buffer as a build writes them.</summary>
    [Benchmark]
    public int PageTemplating()
    {
        var bytes = 0;
        foreach (var view in _topicViews)
        {
            _pageBuffer.Clear();
            _site.Theme.RenderPage("topic", view, _pageBuffer);
            bytes += _pageBuffer.Written.Length;
        }

        return bytes;
    }

    private readonly PageBuffer _pageBuffer = new();

    [Benchmark]
    public int SearchDocuments() => SearchDocumentBuilder.Build(_site.Model).Count;

    [Benchmark]
    public int IndexBuilding() => BuildIndex().TermCount;

    [Benchmark]
    public long IndexJson()
    {
        using var sink = new CountingStream();
        _index.WriteJson(sink);
        return sink.Length;
    }

    /// <summary>Stages 1 and 2 and the theme: read, check and link every file.</summary>
    [Benchmark]
    public int Load() => SiteGenerator.Load(_input, _options).Site!.Model.Topics.Count;

    /// <summary>
    /// Every stage into memory: read, check and link, then every page, the index, the compressed copies. A build uses
    /// up what Load gave it (it lets go of each syntax tree once used), so each run loads afresh; Load alone is above.
    /// </summary>
    [Benchmark]
    public int BuildInMemory() => SiteGenerator.Build(SiteGenerator.Load(_input, _options).Site!, new MemoryOutput(), _options).Pages;

    private LunrIndex BuildIndex()
    {
        var builder = new LunrIndexBuilder(SearchFields.Ref, SearchFields.All);
        foreach (var document in _documents)
        {
            builder.Add(document.Fields);
        }

        return builder.Build();
    }
}
