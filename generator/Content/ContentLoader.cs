using HealthLibrary.Configuration;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content;

/// <summary>Stage 1: reads site.yml, authors.yml, topics/, pages/ and assets/ into typed records.</summary>
public static class ContentLoader
{
    public const string TopicsFolder = "topics";
    public const string PagesFolder = "pages";
    public const string AssetsFolder = "assets";

    /// <summary>About 150,000 words: far beyond any health topic a reader can take in.</summary>
    private const int LargeTopic = 1_000_000;

    public static LoadedContent? Load(IContentSource input, DiagnosticBag diagnostics, DateOnly today, string? baseUrlOverride = null)
    {
        var config = SiteConfigReader.Read(input, diagnostics, baseUrlOverride);
        var authors = AuthorsReader.Read(input, diagnostics);
        if (config is null)
        {
            // Without risk levels and disclaimers no topic can be checked; stop at the config's problems.
            return null;
        }

        var markdown = new MarkdownSyntax(config.AllowHtml);
        foreach (var disclaimer in config.Disclaimers.Values)
        {
            markdown.Check(disclaimer.Text, disclaimer.TextLocation, $"the text of disclaimer '{disclaimer.Id}'", diagnostics);
        }

        foreach (var author in authors.Values.Where(author => author.Bio is not null))
        {
            markdown.Check(author.Bio!, author.BioLocation, $"the bio of author '{author.Id}'", diagnostics);
        }

        var topicReader = new TopicReader(config, authors, markdown, today);
        var pageReader = new PageReader(markdown);

        var failed = new HashSet<string>(StringComparer.Ordinal);
        var topics = ReadAll(input, TopicsFolder, diagnostics, failed, (path, display, text, bag) => topicReader.Read(path, display, text, bag));
        var pages = ReadAll(input, PagesFolder, diagnostics, failed, (path, display, text, bag) => pageReader.Read(path, display, text, bag));
        var assets = input.ListFiles(AssetsFolder);
        foreach (var link in new[] { TopicsFolder, PagesFolder, AssetsFolder }.SelectMany(input.SkippedLinks))
        {
            diagnostics.Warning(DiagnosticCode.LinkNotFollowed, SourceLocation.WholeFile(input.DisplayPath(link)), "this link was not followed: it leads to a folder, or outside the library", "move or copy the files into the library instead");
        }

        return new LoadedContent(config, authors, topics, pages, assets, markdown, failed);
    }

    private static List<T> ReadAll<T>(IContentSource input, string folder, DiagnosticBag diagnostics, HashSet<string> failed, Func<string, string, string, DiagnosticBag, T?> read)
        where T : class
    {
        var files = input.ListFiles(folder).Where(IsMarkdown).ToList();
        var results = new T?[files.Count];
        var bags = new DiagnosticBag[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var bag = new DiagnosticBag();
            var path = files[i];
            var text = YamlFileReader.ReadText(input, path, bag);
            if (text is { Length: > LargeTopic })
            {
                bag.Warning(DiagnosticCode.LargeFile, new SourceLocation(input.DisplayPath(path), 1, 1), $"this file holds {text.Length / 1_000_000.0:0.#} million characters; a page this long is slow to load and hard to read", "split it into several topics");
            }

            results[i] = text is null ? null : read(path, input.DisplayPath(path), text, bag);
            bags[i] = bag;
        });

        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.ToSortedList());
        }

        failed.UnionWith(files.Where((_, i) => results[i] is null));
        return results.OfType<T>().ToList();
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
