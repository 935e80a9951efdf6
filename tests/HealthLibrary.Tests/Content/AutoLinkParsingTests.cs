using HealthLibrary.Content;
using HealthLibrary.Tests.Search;
using HealthLibrary.Tests.Support;
using Markdig;

namespace HealthLibrary.Tests.Content;

/// <summary>
/// Bodies are parsed without autolinks unless their plain text may hold a bare address. Markdig with its
/// autolinks on, the pipeline a site declares, is the oracle: every body must come out as it would have.
/// </summary>
public sealed class AutoLinkParsingTests
{
    private static readonly MarkdownSyntax Syntax = new(allowHtml: false);

    [Theory]
    [InlineData("see http://example.org and www.nhs.uk.")]
    [InlineData("*http://a.b/c* and **www.x.org** and _www.em.org_ text")]
    [InlineData("[text http://x.org] and [link](http://x.org) then https://y.org/path?q=1.")]
    [InlineData("mailto:me@x.org and mailto:@x and foo@bar.com")]
    [InlineData("HTTP://UPPER.org hTTp://mixed.org WWW.UPPER.ORG wWw.mixed.org MAILTO:a@b.org")]
    [InlineData("(https://paren.org) ~~https://strike.org~~ x:https://after-colon.org")]
    [InlineData("a http:// b https:// ftp://files.org/x wwwx.org w.w.w")]
    [InlineData("<a href=x>http://in.org</a> and <https://explicit.org/>")]
    [InlineData("|a|b|\n|-|-|\n|http://t.org|www.u.org|\n")]
    [InlineData("`http://code.org` and ```www.fenced.org```\n\n    http://indented.org\n")]
    [InlineData("## Heading with www.nhs.uk\n\nText[^1].\n\n[^1]: See https://footnote.org.\n")]
    [InlineData("[ref]: https://reference.org\n\n[ref] and [x][ref]\n")]
    [InlineData("- www.item.org\n- [ ] https://task.org\n\nTerm\n:   http://definition.org\n")]
    [InlineData("No address at all: the, which, with, from, may.")]
    public void A_body_is_what_Markdig_with_autolinks_makes_of_it(string markdown) => AssertSameAsMarkdig(markdown);

    [Fact]
    public void Every_body_of_the_sample_library_and_of_a_thousand_topics_is_what_Markdig_makes_of_it()
    {
        var bodies = Bodies(Repository.Input).Concat(Bodies(HealthCorpus.Generate(1000))).ToList();
        Assert.True(bodies.Count > 1000);
        foreach (var body in bodies)
        {
            AssertSameAsMarkdig(body);
        }

        // The same bodies with bare addresses here and there, so that some are parsed twice.
        var addresses = new[] { " www.nhs.uk ", " https://example.org/a?b=c ", "mailto:care@example.org ", " (ftp://files.example.org) " };
        for (var i = 0; i < bodies.Count; i += 7)
        {
            var body = bodies[i];
            var at = body.IndexOf(". ", body.Length / 2, StringComparison.Ordinal);
            AssertSameAsMarkdig(at < 0 ? body + addresses[i % 4] : body[..(at + 1)] + addresses[i % 4] + body[(at + 1)..]);
        }
    }

    private static void AssertSameAsMarkdig(string markdown)
    {
        var expected = Markdown.Parse(markdown, Syntax.Pipeline);
        var actual = Syntax.ParseDocument(markdown);

        Assert.Equal(Markdown.ToHtml(expected, Syntax.Pipeline), Markdown.ToHtml(actual, Syntax.Pipeline));
        Assert.Equal(HealthLibrary.Search.PlainText.Of(expected), HealthLibrary.Search.PlainText.Of(actual));
    }

    private static IEnumerable<string> Bodies(string library) =>
        Directory.GetFiles(library, "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Select(text => FrontMatter.Split(text, "body.md", new HealthLibrary.Diagnostics.DiagnosticBag())?.Body)
            .OfType<string>();
}
