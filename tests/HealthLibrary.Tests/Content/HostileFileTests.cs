using System.Text;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Content;

/// <summary>
/// Broken and hostile files on a real disk: each gets a diagnostic at its place, never a crash or a hang,
/// and the build goes on to report a mistake in another file too.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private const string Header = "---\ntitle: Hostile\nsummary: A hostile file.\nrisk: low\ncategory: Conditions\n---\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("healthlib-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Input => Path.Combine(_folder, "input");

    public static TheoryData<string, string> Cases => new()
    {
        // case, expected "file:line:col: severity CODE" (file relative to input/topics/)
        { "invalid utf-8", "bad.md:2:11: error HL0104" },
        { "bom and crlf", "crlf.md:4:7: error HL0105" },
        { "tab indentation", "bad.md:7:1: error HL0002" },
        { "duplicate key", "bad.md:3:1: error HL0005" },
        { "never closed", "bad.md:1:1: error HL0004" },
        { "empty", "bad.md:1:1: error HL0003" },
        { "20 MB", "bad.md:1:1: warning HL0906" },
        { "100,000-character line", "bad.md:2:8: error HL0104" },
        { "lists 500 deep", "bad.md:506:1: error HL0104" },
        { "not markdown", "bad.md:1:1: error HL0104" },
        { "link loop", "loop: warning HL0905" },
        { "link outside", "outside.md: warning HL0905" },
        { "pipe", "pipe.md:1:1: error HL0003" },
        { "name in capitals", "Gamma.md:1:1: error HL0104" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_file_gets_a_diagnostic_at_its_place_and_the_rest_is_still_checked(string name, string expected)
    {
        WriteSite();
        var topics = Path.Combine(Input, "topics");
        switch (name)
        {
            case "invalid utf-8":
                File.WriteAllBytes(Path.Combine(topics, "bad.md"), [.. Encoding.UTF8.GetBytes("---\ntitle: Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait\n---\nx\n")]);
                break;
            case "bom and crlf":
                File.WriteAllBytes(Path.Combine(topics, "crlf.md"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header.Replace("risk: low", "risk: medium").Replace("\n", "\r\n") + "Text.\r\n")]);
                break;
            case "tab indentation":
                File.WriteAllText(Path.Combine(topics, "bad.md"), Header.Replace("---\nT", "tags:\n\t- a\n---\nT").Replace("category: Conditions\n---\n", "category: Conditions\ntags:\n\t- a\n---\n"));
                break;
            case "duplicate key":
                File.WriteAllText(Path.Combine(topics, "bad.md"), Header.Replace("summary:", "title: Again\nsummary:"));
                break;
            case "never closed":
                File.WriteAllText(Path.Combine(topics, "bad.md"), Header[..^4] + "Body without the closing line.\n");
                break;
            case "empty":
                File.WriteAllText(Path.Combine(topics, "bad.md"), "");
                break;
            case "20 MB":
                File.WriteAllText(Path.Combine(topics, "bad.md"), Header + string.Concat(Enumerable.Repeat(new string('w', 999) + "\n\n", 20_000)));
                break;
            case "100,000-character line":
                File.WriteAllText(Path.Combine(topics, "bad.md"), Header.Replace("title: Hostile", "title: " + new string('x', 100_000)));
                break;
            case "lists 500 deep":
                File.WriteAllText(Path.Combine(topics, "bad.md"), Header + string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', 2 * i) + "- x\n")));
                break;
            case "not markdown":
                File.WriteAllBytes(Path.Combine(topics, "bad.md"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF]);
                break;
            case "link loop":
                Directory.CreateSymbolicLink(Path.Combine(topics, "loop"), topics);
                break;
            case "link outside":
                File.WriteAllText(Path.Combine(_folder, "secret.md"), Header);
                File.CreateSymbolicLink(Path.Combine(topics, "outside.md"), Path.Combine(_folder, "secret.md"));
                break;
            case "pipe":
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(topics, "pipe.md")))
                {
                    mkfifo.WaitForExit();
                    Assert.Equal(0, mkfifo.ExitCode);
                }

                break;
            case "name in capitals":
                File.WriteAllText(Path.Combine(topics, "Gamma.md"), Header);
                break;
        }

        var result = await Check();

        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        var prefix = "input/topics/" + expected;
        Assert.True(lines.Exists(line => line.StartsWith(prefix, StringComparison.Ordinal)), $"expected {prefix}; got:\n{string.Join("\n", lines)}");
        Assert.Contains(lines, line => line.StartsWith("input/topics/beta.md:4:7: error HL0105", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named_and_the_rest_is_still_checked()
    {
        var files = SiteText.Parse(Sites.Small).Where(f => f.Key.StartsWith("input/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["input/".Length..], f => f.Value.Replace("risk: high", "risk: medium"));
        var input = new UnreadableSource(new MemoryContentSource("input", files), "topics/gamma.md");

        var (_, result) = SiteGenerator.Load(input, new BuildOptions { Theme = new FileSystemContentSource(Repository.DefaultTheme) });

        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains("input/topics/gamma.md: error HL0006: the file cannot be read: permission denied", lines);
        Assert.Contains(lines, line => line.StartsWith("input/topics/beta.md:4:7: error HL0105", StringComparison.Ordinal));
    }

    private void WriteSite()
    {
        foreach (var (path, text) in SiteText.Parse(Sites.Small))
        {
            var full = Path.Combine(_folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // One ordinary mistake elsewhere, to show the build keeps going after a hostile file.
            File.WriteAllText(full, path.EndsWith("beta.md", StringComparison.Ordinal) ? text.Replace("risk: high", "risk: medium") : text);
        }
    }

    /// <summary>Loads the library on another thread, so a hang fails the test instead of stalling the run.</summary>
    private async Task<GeneratorResult> Check()
    {
        var load = Task.Run(() => SiteGenerator.Load(new FileSystemContentSource(Input, "input"), new BuildOptions { Theme = new FileSystemContentSource(Repository.DefaultTheme) }).Result);
        return await load.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>A content source where one file cannot be read, as with a file whose permissions deny it (root reads everything, so tests cannot chmod).</summary>
    private sealed class UnreadableSource(IContentSource inner, string unreadable) : IContentSource
    {
        public string DisplayRoot => inner.DisplayRoot;

        public bool FileExists(string path) => inner.FileExists(path);

        public bool DirectoryExists(string path) => inner.DirectoryExists(path);

        public byte[] ReadBytes(string path) => path == unreadable ? throw new UnauthorizedAccessException("permission denied") : inner.ReadBytes(path);

        public IReadOnlyList<string> ListFiles(string directory) => inner.ListFiles(directory);

        public string? FullPath(string path) => inner.FullPath(path);
    }
}
