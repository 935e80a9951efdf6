using HealthLibrary.Cli;
using HealthLibrary.Content;
using HealthLibrary.Input;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary><c>new topic</c>: a file with every key that builds as written, and nothing overwritten.</summary>
public sealed class NewTopicTests : IDisposable
{
    private readonly SiteFolder _site = new(Sites.Small);
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => _site.Dispose();

    private int New(string title, string? category = null, string? risk = null) =>
        NewCommand.RunTopic(_site.Input, title, category, risk, TestBuild.Today, new ConsoleReporter(ConsoleReporter.Create(_out, true), ConsoleReporter.Create(_err, true)));

    [Fact]
    public void Writes_a_topic_with_every_key_that_builds_as_written()
    {
        Assert.Equal(ExitCode.Success, New("Sleep: what helps?", "conditions", "moderate"));

        var text = _site.Read("input/topics/conditions/sleep-what-helps.md");
        foreach (var key in TopicReader.Keys)
        {
            Assert.Matches($"(?m)^(# )?{key}:", text);
        }

        Assert.Contains("title: \"Sleep: what helps?\"", text, StringComparison.Ordinal);
        Assert.Contains("category: \"Conditions\"", text, StringComparison.Ordinal);
        Assert.Contains("author: \"ana-lima\"", text, StringComparison.Ordinal);
        Assert.Contains("last_reviewed: 2026-11-21", text, StringComparison.Ordinal);
        Assert.Contains("## ", text, StringComparison.Ordinal);

        var build = TestBuild.Run(new FileSystemContentSource(_site.Input)).AssertSucceeded();
        var only = Assert.Single(build.Diagnostics);
        Assert.EndsWith("input/topics/conditions/sleep-what-helps.md:3:10: warning HL0909: summary is still the placeholder that 'new topic' wrote", only.ToString(), StringComparison.Ordinal);
        Assert.Equal("Sleep: what helps?", build.Document("topics/sleep-what-helps/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void A_title_with_accents_and_an_apostrophe_gets_the_address_a_reader_expects()
    {
        Assert.Equal(ExitCode.Success, New("Ménière's disease", "Conditions"));

        Assert.True(File.Exists(_site.Path("input/topics/conditions/menieres-disease.md")));
        var build = TestBuild.Run(new FileSystemContentSource(_site.Input)).AssertSucceeded();
        Assert.Equal("Ménière's disease", build.Document("topics/menieres-disease/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Refuses_to_overwrite_a_file_and_leaves_it_as_it_was()
    {
        Assert.Equal(ExitCode.Success, New("Alpha two", "Treatments"));
        _site.Write("input/topics/treatments/alpha-two.md", "mine");

        Assert.Equal(ExitCode.UsageOrIo, New("Alpha two", "Treatments"));

        Assert.Equal("mine", _site.Read("input/topics/treatments/alpha-two.md"));
        Assert.Contains("already exists", _err.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Surgery", null, "category 'Surgery' is not one of this library's categories; use one of: Treatments, Conditions")]
    [InlineData(null, "medium", "risk 'medium' is not a risk level of this library; use one of: low, moderate, high")]
    public void Refuses_a_category_or_risk_the_library_does_not_have(string? category, string? risk, string message)
    {
        Assert.Equal(ExitCode.ContentErrors, New("Anything", category, risk));

        Assert.Contains(message, _err.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Path("input/topics/surgery")));
    }
}
