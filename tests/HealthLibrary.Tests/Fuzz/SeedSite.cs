using System.Text;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Fuzz;

/// <summary>A valid library held in memory, which the fuzzer breaks; paths are relative to input/.</summary>
public sealed record SeedSite(string Name, IReadOnlyDictionary<string, byte[]> Files)
{
    public static SeedSite Small { get; } = FromSiteText("small", Sites.Small);

    /// <summary>The real sample library in input/: longer bodies, tables, footnotes and nested folders.</summary>
    public static SeedSite Sample { get; } = FromFolder("sample", Repository.Input);

    public static IReadOnlyList<SeedSite> All { get; } = [Small, Sample];

    /// <summary>The files a writer edits: topics, pages, site.yml and authors.yml.</summary>
    public IReadOnlyList<string> WriterFiles { get; } = Files.Keys.Where(IsWriterFile).Order(StringComparer.Ordinal).ToList();

    public static bool IsWriterFile(string path) =>
        path is "site.yml" or "authors.yml"
        || ((path.StartsWith("topics/", StringComparison.Ordinal) || path.StartsWith("pages/", StringComparison.Ordinal)) && path.EndsWith(".md", StringComparison.Ordinal));

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    private static SeedSite FromSiteText(string name, string siteText) => new(
        name,
        SiteText.Parse(siteText)
            .Where(file => file.Key.StartsWith("input/", StringComparison.Ordinal))
            .ToDictionary(file => file.Key["input/".Length..], file => Encoding.UTF8.GetBytes(file.Value), StringComparer.Ordinal));

    private static SeedSite FromFolder(string name, string folder) => new(
        name,
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal));
}
