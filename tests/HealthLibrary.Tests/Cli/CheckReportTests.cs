using System.Text.Json;
using HealthLibrary.Cli;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary><c>check</c>'s report: reviews due, missing references, bad addresses and readability, as text and as JSON.</summary>
public sealed class CheckReportTests : IDisposable
{
    /// <summary>Sites.Small with review dates either side of the 90-day window, a bad reference, a bad link and a reading limit.</summary>
    private static readonly string Site = Sites.Small
        .Replace("default_disclaimers: [medical]", "default_disclaimers: [medical]\nreview_interval_months: 12\nreadability:\n  max_grade: 6")
        .Replace("author: ana-lima\n", "author: ana-lima\nlast_reviewed: 2025-10-01\nreferences:\n  - { title: Notes, url: \"https://example.org/some notes\" }\n")
        .Replace("category: Treatments\n---\n## Two", "category: Treatments\nlast_reviewed: 2026-01-10\n---\n## Two")
        .Replace("Plain text.", "Consequently, comprehensive pharmacological interventions necessitate individualised consideration. See [the old site](htp://example.org/old).");

    private readonly SiteFolder _site = new(Site);
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => _site.Dispose();

    private int Check(bool json, bool strict = false) =>
        CheckCommand.Run(_site.Input, new BuildOptions { Today = TestBuild.Today, Strict = strict }, new ConsoleReporter(ConsoleReporter.Create(_out, true), ConsoleReporter.Create(_err, true)), json);

    [Fact]
    public void Json_is_one_document_with_the_diagnostics_and_every_section()
    {
        Assert.Equal(ExitCode.Success, Check(json: true));

        using var report = JsonDocument.Parse(_out.ToString());
        var root = report.RootElement;
        Assert.Equal(3, root.GetProperty("topics").GetInt32());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal("", _err.ToString());

        var reviews = root.GetProperty("reviews").EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!, r => r);
        var alpha = reviews.Single(r => r.Key.EndsWith("alpha.md", StringComparison.Ordinal)).Value;
        Assert.Equal("overdue", alpha.GetProperty("status").GetString());
        Assert.Equal("2026-10-01", alpha.GetProperty("due").GetString());
        Assert.Equal("2025-10-01", alpha.GetProperty("last_reviewed").GetString());
        var beta = reviews.Single(r => r.Key.EndsWith("beta.md", StringComparison.Ordinal)).Value;
        Assert.Equal("due soon", beta.GetProperty("status").GetString());
        Assert.Equal("2027-01-10", beta.GetProperty("due").GetString());
        Assert.Equal("not reviewed", reviews.Single(r => r.Key.EndsWith("gamma.md", StringComparison.Ordinal)).Value.GetProperty("status").GetString());

        Assert.Equal(["beta.md", "gamma.md"], root.GetProperty("without_references").EnumerateArray().Select(t => Path.GetFileName(t.GetProperty("file").GetString()!)));

        var addresses = root.GetProperty("addresses").EnumerateArray().ToList();
        Assert.Equal(["https://example.org/some notes", "htp://example.org/old"], addresses.Select(a => a.GetProperty("url").GetString()));
        Assert.Equal(9, addresses[0].GetProperty("line").GetInt32());
        Assert.Equal("'htp:' is not http or https", addresses[1].GetProperty("problem").GetString());

        var readability = root.GetProperty("readability");
        Assert.Equal(6, readability.GetProperty("max_grade").GetDouble());
        var gamma = readability.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("title").GetString() == "Gamma");
        Assert.True(gamma.GetProperty("above_max_grade").GetBoolean());
        Assert.True(gamma.GetProperty("flesch_kincaid_grade").GetDouble() > 6);
        Assert.True(gamma.GetProperty("smog_grade").GetDouble() > 6);

        var codes = root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Contains("HL0907", codes);
        Assert.Contains("HL0908", codes);
        var first = root.GetProperty("diagnostics")[0];
        foreach (var key in new[] { "file", "line", "column", "severity", "code", "message", "hint" })
        {
            Assert.True(first.TryGetProperty(key, out _), $"a diagnostic has no '{key}'");
        }
    }

    [Fact]
    public void Text_in_a_pipe_is_plain_lines_ending_with_the_summary()
    {
        Assert.Equal(ExitCode.ContentErrors, Check(json: false, strict: true));

        var text = _out.ToString();
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("Reviews overdue or due within 90 days: 3", text, StringComparison.Ordinal);
        Assert.Contains("overdue  2026-10-01  2025-10-01", text, StringComparison.Ordinal);
        Assert.Contains("Topics without references: 2", text, StringComparison.Ordinal);
        Assert.Contains("htp://example.org/old  'htp:' is not http or https", text, StringComparison.Ordinal);
        Assert.Matches(@"Checked .+: 3 topics, 0 errors, \d+ warnings\s*$", text);
        Assert.EndsWith("warnings", text.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("gamma.md:7:1: warning HL0908: reads at grade", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_warnings_are_checks_alone_and_leave_a_build_as_it_was()
    {
        var build = TestBuild.Run(Site).AssertSucceeded();

        Assert.DoesNotContain(build.Diagnostics, d => d.Code is "HL0907" or "HL0908");
    }

    [Fact]
    public void A_misspelt_readability_setting_is_an_unknown_key()
    {
        var build = TestBuild.Run(Site.Replace("  max_grade: 6", "  max_grade: 6\n  max_grde: 7"));

        Assert.Contains("input/site.yml:31:3: error HL0101: 'max_grde' is not a key of readability", build.Lines);
    }
}
