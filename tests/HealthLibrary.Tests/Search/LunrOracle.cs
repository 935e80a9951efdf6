using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HealthLibrary.Tests.Search;

/// <summary>Runs lunr.js 2.3.9 under Node (the scripts in tests/oracle) for tests that compare our index writer with it.</summary>
internal static class LunrOracle
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The repository's root folder (the one holding HealthLibrary.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>A fresh temporary folder for one test's files.</summary>
    public static string NewWorkFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), "healthlibrary-tests", "lunr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Builds lunr.js's own index of <paramref name="set"/> into <paramref name="indexPath"/>; returns what the script reported (its build time).</summary>
    public static string BuildIndex(SearchDocumentSet set, string indexPath)
    {
        string documentsPath = indexPath + ".documents.json";
        set.WriteJson(documentsPath);
        (_, string stderr) = RunNode("build-index.js", documentsPath, indexPath);
        return stderr.Trim();
    }

    /// <summary>Builds lunr.js's own index from a search-documents file as `build --search-documents` writes it.</summary>
    public static void BuildIndexFromFile(string documentsPath, string indexPath) => RunNode("build-index.js", documentsPath, indexPath);

    /// <summary>Runs any script of tests/oracle and returns what it printed.</summary>
    public static string Run(string script, params string[] arguments) => RunNode(script, arguments).Stdout;

    /// <summary>Loads each index with lunr.Index.load and runs every query on it; one list of outcomes per index.</summary>
    public static IReadOnlyList<IReadOnlyList<LunrQueryOutcome>> Query(IReadOnlyList<string> queries, bool matchData, params string[] indexPaths)
    {
        string folder = NewWorkFolder();
        try
        {
            string queriesPath = Path.Combine(folder, "queries.json");
            File.WriteAllText(queriesPath, JsonSerializer.Serialize(new { queries, matchData }));
            (string stdout, _) = RunNode("query.js", [queriesPath, .. indexPaths]);
            using JsonDocument document = JsonDocument.Parse(stdout, new JsonDocumentOptions { MaxDepth = 256 });
            return [.. document.RootElement.EnumerateArray().Select(index =>
                (IReadOnlyList<LunrQueryOutcome>)[.. index.EnumerateArray().Select(LunrQueryOutcome.FromJson)])];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs tests/oracle/probe.js on a request (see the script for its keys) and returns its answer.</summary>
    public static JsonNode Probe(JsonObject request)
    {
        string folder = NewWorkFolder();
        try
        {
            string requestPath = Path.Combine(folder, "probe.json");
            File.WriteAllText(requestPath, request.ToJsonString());
            (string stdout, _) = RunNode("probe.js", requestPath);
            return JsonNode.Parse(stdout)!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (string Stdout, string Stderr) RunNode(string script, params string[] arguments)
    {
        string testsFolder = Path.Combine(RepositoryRoot, "tests");
        if (!File.Exists(Path.Combine(testsFolder, "node_modules", "lunr", "package.json")))
        {
            throw new InvalidOperationException(
                $"lunr.js is not installed in {testsFolder}/node_modules. These tests compare our index with lunr.js 2.3.9: "
                + "run `npm ci` in tests/ (the test project's build does it when npm is on PATH).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = testsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(testsFolder, "oracle", script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "Node.js was not found on PATH. The Lunr tests run lunr.js 2.3.9 under Node as the oracle for our index writer: "
                + "install Node.js (20 or later) and npm, then run `npm ci` in tests/.", e);
        }

        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} took more than 5 minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} failed with exit code {process.ExitCode}:\n{stderr.Result}");
            }

            return (stdout.Result, stderr.Result);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HealthLibrary.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No HealthLibrary.sln above {AppContext.BaseDirectory}.");
    }
}
