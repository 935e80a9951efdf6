using System.Reflection;
using HealthLibrary.Cli;
using HealthLibrary.Input;
using HealthLibrary.Output;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary>build and check on real folders: exit codes, the summary line, and output that is never half-replaced.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("healthlib-cli-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Input => Path.Combine(_folder, "input");

    private string Output => Path.Combine(_folder, "output");

    private ConsoleReporter Reporter => new(ConsoleReporter.Create(_out, true), ConsoleReporter.Create(_err, true));

    private void WriteSite(string siteText)
    {
        foreach (var (path, text) in SiteText.Parse(siteText))
        {
            var full = Path.Combine(_folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private int Build(BuildOptions? options = null) =>
        BuildCommand.Run(Input, Output, (options ?? new BuildOptions()) with { Theme = new HealthLibrary.Input.FileSystemContentSource(Repository.DefaultTheme) }, Reporter);

    [Fact]
    public void A_good_build_exits_0_and_ends_with_one_summary_line()
    {
        WriteSite(Sites.Small);

        Assert.Equal(ExitCode.Success, Build());

        Assert.Matches(@"^Built \d+ pages \(3 topics\), 0 warnings in \d+\.\d\d s into .+output\s*$", _out.ToString());
        Assert.True(File.Exists(Path.Combine(Output, "topics", "alpha", "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, DirectoryOutput.MarkerFile)));
    }

    [Fact]
    public void Search_documents_lists_what_the_index_was_fed_in_site_order()
    {
        WriteSite(Sites.Small);
        var file = Path.Combine(_folder, "documents.json");

        Assert.Equal(ExitCode.Success, BuildCommand.Run(Input, Output, new BuildOptions { Theme = new HealthLibrary.Input.FileSystemContentSource(Repository.DefaultTheme) }, Reporter, file));

        // Pages render on several threads in any order; the index must still get the documents in site order.
        using var documents = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
        var fed = documents.RootElement.GetProperty("documents").EnumerateArray().Select(d => (Id: d.GetProperty("id").GetString(), Title: d.GetProperty("title").GetString())).ToList();
        using var store = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "search", "store.json")));
        var stored = store.RootElement.EnumerateObject().Select(entry => (Id: (string?)entry.Name, Title: entry.Value.GetProperty("title").GetString())).ToList();
        Assert.Equal(stored, fed);
        Assert.Equal(Enumerable.Range(0, fed.Count).Select(i => (string?)i.ToString(System.Globalization.CultureInfo.InvariantCulture)), fed.Select(d => d.Id));
        Assert.True(fed.Count >= 3);
    }

    [Fact]
    public void A_failed_build_exits_1_reports_the_place_and_leaves_the_previous_output_untouched()
    {
        WriteSite(Sites.Small);
        Assert.Equal(ExitCode.Success, Build());
        var before = FolderSnapshot.Of(Output);
        File.WriteAllText(Path.Combine(Input, "topics", "alpha.md"), File.ReadAllText(Path.Combine(Input, "topics", "alpha.md")).Replace("risk: low", "risk: medium"));

        Assert.Equal(ExitCode.ContentErrors, Build());

        Assert.Contains("alpha.md:4:7: error HL0105: risk 'medium' is not a risk level (low, moderate, high)", _err.ToString());
        Assert.Contains("Build failed", _out.ToString());
        Assert.Equal(before, FolderSnapshot.Of(Output));
        Assert.Empty(Directory.GetDirectories(_folder, ".output.staging-*"));
    }

    [Fact]
    public void A_second_build_replaces_the_output_whole()
    {
        WriteSite(Sites.Small);
        Assert.Equal(ExitCode.Success, Build());
        File.Delete(Path.Combine(Input, "pages", "about.md"));

        Assert.Equal(ExitCode.Success, Build());

        Assert.False(Directory.Exists(Path.Combine(Output, "about")), "a removed page must go too");
    }

    [Fact]
    public void Check_reports_problems_and_writes_nothing()
    {
        WriteSite(Sites.Small.Replace("risk: low", "risk: medium"));

        Assert.Equal(ExitCode.ContentErrors, CheckCommand.Run(Input, new BuildOptions(), Reporter));

        Assert.Contains("error HL0105", _err.ToString());
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("")]
    public void The_output_may_not_be_the_input_or_hold_it(string output)
    {
        WriteSite(Sites.Small);
        var target = Path.Combine(_folder, output);

        Assert.Equal(ExitCode.UsageOrIo, BuildCommand.Run(Input, target, new BuildOptions(), Reporter));

        Assert.True(File.Exists(Path.Combine(Input, "site.yml")));
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_not_replaced()
    {
        WriteSite(Sites.Small);
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "thesis.docx"), "years of work");

        Assert.Equal(ExitCode.UsageOrIo, Build());

        Assert.Equal("years of work", File.ReadAllText(Path.Combine(Output, "thesis.docx")));
        Assert.Contains("no earlier build wrote", _err.ToString());
    }

    [Fact]
    public void A_missing_input_folder_and_unknown_options_exit_2()
    {
        Assert.Equal(ExitCode.UsageOrIo, BuildCommand.Run(Path.Combine(_folder, "nowhere"), Output, new BuildOptions(), Reporter));
        Assert.Equal(ExitCode.UsageOrIo, RunProgram("build", "--no-such-option"));
        Assert.Equal(ExitCode.UsageOrIo, RunProgram("publish"));
    }

    private static int RunProgram(params string[] args)
    {
        var entry = typeof(BuildCommand).Assembly.EntryPoint!;
        var error = Console.Error;
        try
        {
            Console.SetError(TextWriter.Null);
            return (int)entry.Invoke(null, [args])!;
        }
        finally
        {
            Console.SetError(error);
        }
    }
}
