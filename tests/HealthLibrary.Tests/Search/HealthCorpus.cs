using System.Diagnostics;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Tests.Search;

/// <summary>
/// The synthetic library of shared/bench/make-corpus, turned crudely into search documents
/// (the real Content-to-Search pipeline is written elsewhere): front-matter lines give title,
/// summary, tags, synonyms, health_risks, category and risk; the body is the Markdown after it.
/// </summary>
internal static class HealthCorpus
{
    /// <summary>The fields the generator is expected to index, with the boosts planned for search.</summary>
    public static IReadOnlyList<LunrField> Fields { get; } =
    [
        new("title", 10), new("synonyms", 5), new("tags", 3), new("summary", 2), new("headings"),
        new("health_risks"), new("body"), new("category"), new("risk"),
    ];

    private static readonly object GenerateLock = new();

    /// <summary>A folder holding make-corpus's <paramref name="topics"/>-topic library (seed 1), generated once per machine.</summary>
    public static string Generate(int topics)
    {
        lock (GenerateLock)
        {
            string folder = Path.Combine(Path.GetTempPath(), "healthlibrary-tests", $"corpus-{topics}-seed1");
            string done = Path.Combine(folder, ".complete");
            if (File.Exists(done))
            {
                return folder;
            }

            string script = FindMakeCorpus();
            string staging = folder + ".partial-" + Guid.NewGuid().ToString("N");
            var start = new ProcessStartInfo("python3") { RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(topics.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(staging);
            Process? started;
            try
            {
                started = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("python3 was not found on PATH; shared/bench/make-corpus needs it to write the test corpus.", e);
            }

            using Process process = started ?? throw new InvalidOperationException("python3 did not start.");
            string errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{script} failed: {errors}");
            }

            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
            File.WriteAllText(done, "");
            return folder;
        }
    }

    /// <summary>Search documents for the corpus topics, refs like "conditions/topic-000001", in ordinal path order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> SearchDocuments(string corpus, int? limit = null)
    {
        string topics = Path.Combine(corpus, "topics");
        IEnumerable<string> files = Directory.EnumerateFiles(topics, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(topics, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        if (limit is int n)
        {
            files = files.Take(n);
        }

        return [.. files.Select(f => ToSearchDocument(f[..^3], File.ReadAllText(Path.Combine(topics, f))))];
    }

    private static Dictionary<string, object?> ToSearchDocument(string id, string markdown)
    {
        var document = new Dictionary<string, object?> { ["id"] = id };
        string[] lines = markdown.Split('\n');
        int end = Array.IndexOf(lines, "---", 1);
        var healthRisks = new List<string>();
        for (int i = 1; i < end; i++)
        {
            string line = lines[i];
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            string key = colon > 0 ? line[..colon] : line.TrimEnd(':');
            string value = colon > 0 ? line[(colon + 2)..] : "";
            switch (key)
            {
                case "title" or "summary":
                    document[key] = Unquote(value);
                    break;
                case "risk" or "category":
                    document[key] = value;
                    break;
                case "tags" or "synonyms":
                    document[key] = value.Trim('[', ']').Split(", ");
                    break;
                case "health_risks":
                    for (; i + 1 < end && lines[i + 1].StartsWith("  - ", StringComparison.Ordinal); i++)
                    {
                        healthRisks.Add(Unquote(lines[i + 1][4..]));
                    }

                    break;
            }
        }

        // Lists that a reader searches word by word are joined; tags and synonyms stay arrays
        // (one whole token per element), so both kinds of field value are exercised at scale.
        document["health_risks"] = string.Join("\n", healthRisks);
        string[] body = lines[(end + 1)..];
        document["headings"] = string.Join("\n", body.Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()));
        document["body"] = string.Join("\n", body);
        return document;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' ? value[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\") : value;

    private static string FindMakeCorpus()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("HEALTHLIBRARY_SHARED") is { Length: > 0 } shared)
        {
            candidates.Add(Path.Combine(shared, "bench", "make-corpus"));
        }

        for (DirectoryInfo? folder = new(LunrOracle.RepositoryRoot); folder is not null; folder = folder.Parent)
        {
            candidates.Add(Path.Combine(folder.FullName, "shared", "bench", "make-corpus"));
        }

        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "shared/bench/make-corpus was not found beside the repository or above it (set HEALTHLIBRARY_SHARED to the shared folder); "
            + "the corpus tests need it. Looked at: " + string.Join(", ", candidates));
    }
}
