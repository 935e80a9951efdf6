using System.Diagnostics;

namespace HealthLibrary.Benchmarks;

/// <summary>The 1,000-topic corpus the benchmarks read: bench/work/corpus-1000, made with make-corpus when missing.</summary>
public static class Corpus
{
    public const int Topics = 1000;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "bench", "work", $"corpus-{Topics}");

    /// <summary>The corpus folder, written first if bench/run has not made it yet.</summary>
    public static string Ensure()
    {
        if (File.Exists(Path.Combine(Folder, "site.yml")))
        {
            return Folder;
        }

        var maker = Path.Combine(RepositoryRoot, "..", "shared", "bench", "make-corpus");
        var partial = Folder + ".tmp";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        Console.WriteLine($"Writing the {Topics}-topic corpus to {Folder} (about two minutes)...");
        using var process = Process.Start(new ProcessStartInfo("python3") { ArgumentList = { maker, Topics.ToString(System.Globalization.CultureInfo.InvariantCulture), partial } })
            ?? throw new InvalidOperationException("python3 could not be started");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-corpus failed with exit code {process.ExitCode}");
        }

        Directory.Move(partial, Folder);
        return Folder;
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
