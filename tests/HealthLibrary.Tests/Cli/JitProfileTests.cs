using System.Diagnostics;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary>The multicore JIT profile a real healthlib process keeps in the user's cache folder (Cli/JitProfile).</summary>
public sealed class JitProfileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("healthlib-jit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_build_records_a_profile_in_the_cache_folder_and_the_build_that_replays_it_writes_the_same_site()
    {
        var input = WriteLibrary();
        var cache = Path.Combine(_folder, "cache");
        var profile = Path.Combine(cache, "healthlibrary", "jit", "build.jitprofile");

        Assert.Equal(0, Build(input, Path.Combine(_folder, "first"), cache));
        Assert.True(File.Exists(profile), "the first build left no profile for the next");
        Assert.True(new FileInfo(profile).Length > 1_000, "the profile names no methods");

        Assert.Equal(0, Build(input, Path.Combine(_folder, "second"), cache));
        Assert.Equal(Site(Path.Combine(_folder, "first")), Site(Path.Combine(_folder, "second")));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_leaves_the_build_as_it_was()
    {
        var input = WriteLibrary();
        var notAFolder = Path.Combine(_folder, "file");
        File.WriteAllText(notAFolder, "a file where the cache folder would go");

        Assert.Equal(0, Build(input, Path.Combine(_folder, "output"), notAFolder));
        Assert.True(File.Exists(Path.Combine(_folder, "output", "index.html")));
    }

    private string WriteLibrary()
    {
        foreach (var (path, text) in SiteText.Parse(Sites.Small))
        {
            var full = Path.Combine(_folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("base_url: https://example.org/", $"base_url: https://example.org/\ntheme: {Repository.DefaultTheme}"));
        }

        return Path.Combine(_folder, "input");
    }

    /// <summary>The site's files and their hashes, without the build's own record (which holds times).</summary>
    private static SortedDictionary<string, string> Site(string output) =>
        new(FolderSnapshot.Of(output).Where(file => !file.Key.StartsWith('.')).ToDictionary(), StringComparer.Ordinal);

    private static int Build(string input, string output, string cacheHome)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "healthlib.dll"), "build", "--input", input, "--output", output },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["XDG_CACHE_HOME"] = cacheHome },
        };
        using var process = Process.Start(start)!;
        var said = process.StandardOutput.ReadToEndAsync();
        var complained = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"build failed:\n{said.Result}\n{complained.Result}");
        return process.ExitCode;
    }
}
