namespace HealthLibrary.Tests.Fuzz;

/// <summary>Damage to the set of files: copies under odd names, deletions, empty and stray files.</summary>
public static class FileMutations
{
    private static readonly IReadOnlyList<string> OddNames =
    [
        "topics/copy.md", "topics/a/b/c/d/e/deep.md", "topics/.md", "topics/UPPER.md", "topics/Ünï code.md", "topics/a b.md", "topics/x.MD",
        "topics/-.md", "topics/alpha.md.md", "topics/new/alpha.md", "topics/new/beta.md", "pages/topics.md", "pages/search.md", "pages/assets.md",
        "pages/404.md", "pages/index.md", "pages/sitemap.md", "pages/alpha.md", "topics/ketamine-therapy-2.md", "topics/\u202Eevil.md", "topics/x\u0001.md",
        "topics/" + new string('a', 200) + ".md", "pages/about-2.md", "assets/x.md", "layouts-not/x.md", "topics/.hidden.md",
    ];

    public static string Mutate(Random random, Dictionary<string, byte[]> files, SeedSite site)
    {
        var writerFiles = files.Keys.Where(SeedSite.IsWriterFile).Order(StringComparer.Ordinal).ToList();
        var source = writerFiles.Count > 0 ? random.Pick(writerFiles) : random.Pick(site.WriterFiles);
        switch (random.Next(5))
        {
            case 0:
            case 1:
                var name = random.Pick(OddNames);
                files[name] = files.TryGetValue(source, out var bytes) ? bytes : site.Files[source];
                return $"files: copy {source} to {Printable(name)}";
            case 2:
                files.Remove(source);
                return $"files: delete {source}";
            case 3:
                var empty = random.Pick(["topics/empty.md", "pages/empty.md", source]);
                files[empty] = random.Pick<byte[]>([[], [(byte)'\n'], [0xEF, 0xBB, 0xBF], "---\n"u8.ToArray(), "---\n---\n"u8.ToArray(), "---\n---"u8.ToArray(), "\n\n\n---\n"u8.ToArray()]);
                return $"files: make {empty} (nearly) empty";
            default:
                var asset = random.Pick(["assets/x y.png", "assets/ünï.svg", "assets/site.css", "assets/.md", "assets/%2e%2e.png", "assets/a/b/c.png", "assets/index.html"]);
                files[asset] = [0x89, 0x50, 0x4E, 0x47];
                return $"files: add {Printable(asset)}";
        }
    }

    private static string Printable(string name) => name.Length > 60 ? name[..60] + "…" : name.Replace("\u0001", "\\x01");
}
