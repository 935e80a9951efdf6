using System.Diagnostics;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary>The multicore JIT profile a real healthlib process keeps in the user's cache folder (Cli/JitProfile).</summary>
public sealed class JitProfileTests : IDisposable
{
    /// <summary>The small site, with the theme named by path: the process runs from the tests' folder.</summary>
    private readonly SiteFolder _site = new(Sites.Small.Replace("base_url: https://example.org/", $"base_url: https://example.org/\ntheme: {Repository.DefaultTheme}"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_build_records_a_profile_in_the_cache_folder_and_the_build_that_replays_it_writes_the_same_site()
    {
        var input = _site.Input;
        var cache = _site.Path("cache");
        var profile = Path.Combine(cache, "healthlibrary", "jit", "build.jitprofile");

        Assert.Equal(0, Build(input, _site.Path("first"), cache));
        Assert.True(File.Exists(profile), "the first build left no profile for the next");
        Assert.True(new FileInfo(profile).Length > 1_000, "the profile names no methods");

        Assert.Equal(0, Build(input, _site.Path("second"), cache));
        Assert.Equal(Site(_site.Path("first")), Site(_site.Path("second")));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_leaves_the_build_as_it_was()
    {
        var input = _site.Input;
        var notAFolder = _site.Path("file");
        File.WriteAllText(notAFolder, "a file where the cache folder would go");

        Assert.Equal(0, Build(input, _site.Path("output"), notAFolder));
        Assert.True(File.Exists(_site.Path("output/index.html")));
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
