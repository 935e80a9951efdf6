using System.Diagnostics;

namespace HealthLibrary.Benchmarks;

/// <summary>The corpora the benchmarks read: bench/work/corpus-N (1,000 topics unless said), made with make-corpus when missing.</summary>
public static class Corpus
{
    public const int Topics = 1000;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string FolderOf(int topics) => Path.Combine(RepositoryRoot, "bench", "work", $"corpus-{topics}");

    /// <summary>The corpus folder, written first if bench/run has not made it yet.</summary>
    public static string Ensure(int topics = Topics)
    {
        var folder = FolderOf(topics);
        if (File.Exists(Path.Combine(folder, "site.yml")))
        {
            return folder;
        }

        var maker = Path.Combine(RepositoryRoot, "..", "shared", "bench", "make-corpus");
        var partial = folder + ".tmp";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        Console.WriteLine($"Writing the {topics}-topic corpus to {folder} (minutes)...");
        using var process = Process.Start(new ProcessStartInfo("python3") { ArgumentList = { maker, topics.ToString(System.Globalization.CultureInfo.InvariantCulture), partial } })
            ?? throw new InvalidOperationException("python3 could not be started");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-corpus failed with exit code {process.ExitCode}");
        }

        Directory.Move(partial, folder);
        return folder;
    }

    private static string FindRoot()
    {
        // BenchmarkDotNet runs each benchmark from a generated folder below bin/, so look upwards.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HealthLibrary.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("HealthLibrary.sln not found above " + AppContext.BaseDirectory);
    }
}
