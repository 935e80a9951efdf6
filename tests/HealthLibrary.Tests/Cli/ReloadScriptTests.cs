using System.Text;
using HealthLibrary.Cli.Serve;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary>The live-reload script belongs to serve alone.</summary>
public sealed class ReloadScriptTests
{
    [Fact]
    public void A_normal_build_writes_no_trace_of_the_reload_script()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        foreach (var (path, bytes) in build.Output.Files)
        {
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("__healthlib", text, StringComparison.Ordinal);
            Assert.DoesNotContain("reload.js", text, StringComparison.Ordinal);
            Assert.DoesNotContain("EventSource", text, StringComparison.Ordinal);
            Assert.DoesNotContain("reload", path, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<html><body><p>x</p></body></html>", "<html><body><p>x</p><script src=\"/__healthlib/reload.js?v=3\" defer></script>\n</body></html>")]
    [InlineData("<p>no body element</p>", "<p>no body element</p><script src=\"/__healthlib/reload.js?v=3\" defer></script>\n")]
    [InlineData("<body><p>&lt;/body&gt;</p></BODY>", "<body><p>&lt;/body&gt;</p><script src=\"/__healthlib/reload.js?v=3\" defer></script>\n</BODY>")]
    public void Serve_inserts_the_script_tag_before_the_last_body_end(string html, string expected)
    {
        var (before, tag, after) = HtmlInjection.Inject(Encoding.UTF8.GetBytes(html), 3);

        Assert.Equal(expected, Encoding.UTF8.GetString([.. before.Span, .. tag.Span, .. after.Span]));
    }
}
