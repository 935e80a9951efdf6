using System.Diagnostics;
using System.Text;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Output;

/// <summary>Kills real build processes at many moments: the previous site must always be there, whole and unchanged.</summary>
[Slow(SlowGroup.Kill)]
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("healthlib-kill-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Killing_a_build_at_any_moment_leaves_the_previous_output_complete()
    {
        var input = Path.Combine(_folder, "input");
        var output = Path.Combine(_folder, "output");
        WriteLibrary(input, topics: 400);
        Assert.Equal(0, RunToEnd(input, output));
        var before = FolderSnapshot.Of(output);

        // Change the library so that a build that did complete would be visible in the output.
        File.AppendAllText(Path.Combine(input, "topics", "topic-0001.md"), "\nA sentence added after the first build.\n");
        var completed = 0;
        foreach (var delay in new[] { 50, 150, 250, 350, 450, 550, 700, 850, 1000, 1200 })
        {
            using var build = Start(input, output);
            Thread.Sleep(delay);
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
            }

            build.WaitForExit();
            var after = FolderSnapshot.Of(output);
            if (after.SequenceEqual(before))
            {
                continue;
            }

            // The only other acceptable state: the new build finished and replaced the site whole.
            Assert.True(build.ExitCode == 0, $"killed after {delay} ms, the output changed although the build did not finish");
            completed++;
            before = after;
        }

        Assert.True(completed < 10, "no build was ever interrupted; the library is too small to test anything");
    }

    private static Process Start(string input, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "healthlib.dll"), "build", "--input", input, "--output", output },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int RunToEnd(string input, string output)
    {
        using var process = Start(input, output);
        process.WaitForExit();
        return process.ExitCode;
    }

    private static void WriteLibrary(string input, int topics)
    {
        var files = SiteText.Parse(Sites.Small);
        foreach (var (path, text) in files.Where(f => !f.Key.Contains("/topics/", StringComparison.Ordinal)))
        {
            var full = Path.Combine(Path.GetDirectoryName(input)!, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("base_url: https://example.org/", $"base_url: https://example.org/\ntheme: {Repository.DefaultTheme}"));
        }

        Directory.CreateDirectory(Path.Combine(input, "topics"));
        var body = new StringBuilder();
        for (var section = 0; section < 6; section++)
        {
            body.Append($"## Section {section}\n\n").Append(string.Concat(Enumerable.Repeat("Plain words about a treatment and its risks. ", 60))).Append("\n\n");
        }

        for (var i = 1; i <= topics; i++)
        {
            File.WriteAllText(
                Path.Combine(input, "topics", $"topic-{i:0000}.md"),
                $"---\ntitle: Topic {i}\nsummary: Summary {i}.\nrisk: low\ncategory: Treatments\ntags: [tag-{i % 20}]\n---\n{body}");
        }
    }
}
