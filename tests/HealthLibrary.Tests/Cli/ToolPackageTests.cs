using System.Diagnostics;
using HealthLibrary.Cli;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary>
/// The .NET tool a writer installs: packed, installed into a tool path of its own from a folder, and run with no
/// clone in sight, as <c>dotnet tool install --global</c> would run it.
/// </summary>
[Slow(SlowGroup.Packing)]
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _root = Directory.CreateTempSubdirectory("healthlib-tool-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_packed_tool_installs_and_starts_builds_and_checks_a_library_anywhere()
    {
        var feed = Path.Combine(_root, "feed");
        var tools = Path.Combine(_root, "tools");
        // The generator was built for this test run: pack what was built, into a folder that serves as the feed.
        Run("dotnet", ["pack", Path.Combine(Repository.Root, "generator"), "-c", Configuration, "--no-build", "-o", feed], Repository.Root);
        var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        Assert.Equal($"HealthLibrary.{ToolVersion.Package}.nupkg", Path.GetFileName(package));

        // Only the folder as a source, so the test needs no network and cannot pick up another HealthLibrary.
        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        Run("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, "HealthLibrary"], _root);
        var healthlib = Path.Combine(tools, OperatingSystem.IsWindows() ? "healthlib.exe" : "healthlib");

        var version = Run(healthlib, ["--version"], _root).Trim();
        Assert.Equal(ToolVersion.Describe(), version);
        Assert.Matches("^healthlib [0-9]+\\.[0-9]+\\.[0-9]+ \\(commit [0-9a-f]{40}\\)$", version);

        // Far from the repository: the theme, the starter library and lunr.js all come from inside the package.
        var work = Path.Combine(_root, "work");
        Directory.CreateDirectory(work);
        Run(healthlib, ["init", "x"], work);
        Run(healthlib, ["check", "--input", "x", "--strict"], work);
        var built = Run(healthlib, ["build", "--input", "x"], work);

        Assert.Contains("Built ", built, StringComparison.Ordinal);
        Assert.Contains("<h1", File.ReadAllText(Path.Combine(work, "output", "topics", "hay-fever", "index.html")), StringComparison.Ordinal);
        Assert.Contains("lunr - http://lunrjs.com - A bit like Solr, but much smaller and not as bright - 2.3.9", File.ReadAllText(Path.Combine(work, "output", "assets", "lunr.min.js")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "output", "search", "index.json")));
    }

    /// <summary>Runs a program to its end and gives its standard output; a non-zero exit fails the test with both outputs.</summary>
    private static string Run(string program, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}\n{output}\n{error.Result}");
        return output;
    }
}
