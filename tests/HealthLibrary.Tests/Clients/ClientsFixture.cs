using System.Diagnostics;
using System.Security.Cryptography;
using HealthLibrary.Input;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Clients;

/// <summary>
/// The sample library built to a folder, and the clients of tests/clients/package.json, installed with <c>npm ci</c> on
/// first use into the machine's cache, in a folder named by the lockfile's hash: the install (about 140 MB, a few
/// minutes) is paid once per machine and lockfile, not by every clone.
/// </summary>
public sealed class ClientsFixture : IAsyncLifetime
{
    public static string Packages { get; } = CacheFolder();

    public static string Bin(string name) => Path.Combine(Packages, "node_modules", ".bin", name);

    public string Root { get; } = Directory.CreateTempSubdirectory("healthlib-clients-").FullName;

    /// <summary>The built site, as it would be published.</summary>
    public string Output => Path.Combine(Root, "output");

    public TestBuild Build { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(Packages, "installed")))
        {
            Directory.CreateDirectory(Packages);
            foreach (var name in new[] { "package.json", "package-lock.json" })
            {
                File.Copy(Path.Combine(Repository.Root, "tests", "clients", name), Path.Combine(Packages, name), overwrite: true);
            }

            // vnu-jar's install script only fetches a Java runtime when none is found; tests/run installs Debian's.
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], Packages, TimeSpan.FromMinutes(20));
            Assert.True(install.ExitCode == 0, $"npm ci in {Packages} failed:\n" + install.Output);
            await File.WriteAllTextAsync(Path.Combine(Packages, "installed"), "");
        }

        Build = TestBuild.Run(new FileSystemContentSource(Repository.Input, "input")).AssertSucceeded();
        foreach (var (path, bytes) in Build.Output.Files)
        {
            var file = Path.Combine(Output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllBytesAsync(file, bytes);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    private static string CacheFolder()
    {
        var lockfile = File.ReadAllBytes(Path.Combine(Repository.Root, "tests", "clients", "package-lock.json"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(lockfile))[..16];
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "healthlibrary", "clients-" + hash);
    }

    /// <summary>Runs a program to its end (killing it and its children after <paramref name="timeout"/>); standard output and error together.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string directory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Process.Start(RunningProcess.StartInfo(program, arguments, directory, environment))!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
