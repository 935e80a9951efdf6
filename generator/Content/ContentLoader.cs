using System.Collections.Concurrent;
using System.Globalization;
using HealthLibrary.Configuration;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content;

/// <summary>Stage 1: reads site.yml, authors.yml, topics/, pages/ and assets/ into typed records.</summary>
public static class ContentLoader
{
    public const string TopicsFolder = "topics";
    public const string PagesFolder = "pages";
    public const string AssetsFolder = AssetReference.Folder;

    /// <summary>About 150,000 words: far beyond any health topic a reader can take in.</summary>
    private const int LargeTopic = 1_000_000;

    /// <summary>
    /// Reads site.yml and authors.yml and lists the assets; null, with the settings' problems reported, when no topic
    /// can be checked against them. With a <paramref name="cache"/> (serve), this begins its load and <see cref="Load"/> ends it.
    /// </summary>
    public static LibrarySettings? ReadSettings(IContentSource input, DiagnosticBag diagnostics, DateOnly today, string? baseUrlOverride = null, ParsedFileCache? cache = null)
    {
        cache?.BeginLoad(Context(input, today, baseUrlOverride));
        var settings = cache?.Settings ?? ReadSettingsFiles(input, baseUrlOverride);
        cache?.Keep(settings);
        diagnostics.AddRange(settings.Diagnostics);
        // Without risk levels and disclaimers no topic can be checked; stop at the config's problems.
        return settings is { Config: { } config, Markdown: { } markdown }
            ? new LibrarySettings(config, settings.Authors, markdown, input.ListFiles(AssetsFolder))
            : null;
    }

    /// <summary>
    /// Reads the library's topics and pages against its <paramref name="settings"/>. With a <paramref name="cache"/>
    /// (serve), files parsed by an earlier load are taken from it unless they were marked as changed, so one saved
    /// topic costs one parse.
    /// </summary>
    public static LoadedContent Load(
        IContentSource input,
        LibrarySettings settings,
        DiagnosticBag diagnostics,
        DateOnly today,
        ParsedFileCache? cache = null,
        IBuildProgress? progress = null,
        ConcurrentDictionary<string, byte[]>? readHashes = null)
    {
        var (config, authors, markdown, assets) = settings;
        var topicReader = new TopicReader(config, authors, markdown, today);
        var pageReader = new PageReader(markdown);

        var failed = new HashSet<string>(StringComparer.Ordinal);
        var parsed = new ConcurrentBag<string>();
        var topicFiles = MarkdownFiles(input, TopicsFolder);
        var pageFiles = MarkdownFiles(input, PagesFolder);
        progress?.Start("Reading", topicFiles.Count + pageFiles.Count);
        var topics = ReadAll(input, topicFiles, diagnostics, failed, cache, readHashes, parsed, progress, (path, display, text, bag) => topicReader.Read(path, display, text, bag));
        var pages = ReadAll(input, pageFiles, diagnostics, failed, cache, readHashes, parsed, progress, (path, display, text, bag) => pageReader.Read(path, display, text, bag));
        cache?.EndLoad([.. topicFiles, .. pageFiles], parsed);
        foreach (var link in new[] { TopicsFolder, PagesFolder, AssetsFolder }.SelectMany(input.SkippedLinks))
        {
            diagnostics.Warning(DiagnosticCode.LinkNotFollowed, SourceLocation.WholeFile(input.DisplayPath(link)), "this link was not followed: it leads to a folder, or outside the library", "move or copy the files into the library instead");
        }

        return new LoadedContent(config, authors, topics, pages, assets, markdown, failed);
    }

    private static LoadedSettings ReadSettingsFiles(IContentSource input, string? baseUrlOverride)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(input, diagnostics, baseUrlOverride);
        var authors = AuthorsReader.Read(input, diagnostics);
        var markdown = config is null ? null : new MarkdownSyntax(config.AllowHtml);
        if (config is not null && markdown is not null)
        {
            foreach (var disclaimer in config.Disclaimers.Values)
            {
                markdown.Check(disclaimer.Text, disclaimer.TextLocation, $"the text of disclaimer '{disclaimer.Id}'", diagnostics);
            }

            if (config.UrgentHelp is { Intro: { } intro })
            {
                markdown.Check(intro, config.UrgentHelp.IntroLocation, "the intro of urgent_help", diagnostics);
            }

            foreach (var author in authors.Values.Where(author => author.Bio is not null))
            {
                markdown.Check(author.Bio!, author.BioLocation, $"the bio of author '{author.Id}'", diagnostics);
            }
        }

        return new LoadedSettings(config, authors, markdown, diagnostics.ToSortedList());
    }

    private static List<string> MarkdownFiles(IContentSource input, string folder) => input.ListFiles(folder).Where(IsMarkdown).ToList();

    private static List<T> ReadAll<T>(
        IContentSource input,
        List<string> files,
        DiagnosticBag diagnostics,
        HashSet<string> failed,
        ParsedFileCache? cache,
        ConcurrentDictionary<string, byte[]>? readHashes,
        ConcurrentBag<string> parsed,
        IBuildProgress? progress,
        Func<string, string, string, DiagnosticBag, T?> read)
        where T : class
    {
        var results = new ParsedFile[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var path = files[i];
            if (cache?.Unchanged(path) is { } unchanged)
            {
                results[i] = unchanged;
                return;
            }

            var bag = new DiagnosticBag();
            var bytes = YamlFileReader.ReadBytes(input, path, bag);
            // serve's cache compares contents, build's record of its inputs takes the hash of what was read, and a body
            // read again from its file when its page renders is checked against it.
            var sha256 = bytes is null ? null : System.Security.Cryptography.SHA256.HashData(bytes);
            if (sha256 is not null)
            {
                readHashes?.TryAdd(path, sha256);
            }

            var hash = sha256 is null || cache is null ? "" : Convert.ToHexString(sha256);
            if (bytes is not null && cache?.Same(path, hash) is { } same)
            {
                results[i] = same;
                return;
            }

            var display = input.DisplayPath(path);
            var text = bytes is null ? null : TextDecoder.Decode(bytes, display, bag);
            if (text is { Length: > LargeTopic })
            {
                bag.Warning(DiagnosticCode.LargeFile, new SourceLocation(display, 1, 1), $"this file holds {text.Length / 1_000_000.0:0.#} million characters; a page this long is slow to load and hard to read", "split it into several topics");
            }

            var result = text is null ? null : read(path, display, text, bag);
            if (result is WrittenPage { Body: var body })
            {
                // serve renders its pages again and again; a build renders each once, and reads its body again then.
                if (cache is null)
                {
                    body.KeepInFile(input, path, sha256!, bytes!, text!);
                }
                else
                {
                    body.KeepInMemory();
                }
            }

            results[i] = new ParsedFile(hash, result, bag.ToSortedList());
            cache?.Store(path, results[i]);
            parsed.Add(path);
            progress?.Advance();
        });

        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
        }

        failed.UnionWith(files.Where((_, i) => results[i].Result is null));
        return results.Select(result => result.Result).OfType<T>().ToList();
    }

    /// <summary>What every parse depends on besides its own file: the settings, the people, the date, the base URL.</summary>
    private static string Context(IContentSource input, DateOnly today, string? baseUrlOverride)
    {
        var parts = new List<byte>();
        foreach (var file in new[] { SiteConfigReader.FileName, AuthorsReader.FileName })
        {
            parts.AddRange(YamlFileReader.ReadBytes(input, file, new DiagnosticBag()) ?? []);
            parts.Add(0);
        }

        parts.AddRange(System.Text.Encoding.UTF8.GetBytes(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\0" + baseUrlOverride));
        return ParsedFileCache.Hash(parts.ToArray());
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
