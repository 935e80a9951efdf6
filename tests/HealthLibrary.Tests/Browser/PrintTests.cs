using System.Text.RegularExpressions;
using Microsoft.Playwright;
using HealthLibrary.Tests.Support;
using UglyToad.PdfPig;

namespace HealthLibrary.Tests.Browser;

/// <summary>
/// Topics printed by Chromium to PDF (A4 and US Letter), read back with PdfPig, as a health page is often printed and handed to a
/// patient: its urgent advice on page one, its address and review date, link targets, and no navigation.
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow(SlowGroup.Browser)]
public sealed partial class PrintTests(BrowserFixture browser)
{
    /// <summary>Where a topic gives the emergency numbers: its urgent-help box, or else its emergency disclaimer.</summary>
    private const string EmergencyNumbers = "[data-urgent-help] h2, [data-disclaimer=\"emergency\"] .disclaimer__title";

    /// <summary>Care cards that ask for action now, the most urgent kind first.</summary>
    private static readonly string[] ActionNow = [".care--immediate > .care__heading", ".care--urgent > .care__heading"];

    private static readonly string[] Navigation = ["Skip to main content", "Search health topics", "On this page", "Related topics", "Tags"];

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task Every_topic_with_urgent_advice_prints_it_on_page_one_before_the_text_with_its_address_and_date_and_no_navigation(string paper)
    {
        var topics = TopicsWithUrgentAdvice();
        Assert.True(topics.Count >= 10, $"only {topics.Count} topics have urgent advice");
        var problems = new List<string>();
        foreach (var path in topics)
        {
            var page = await browser.OpenAsync(path);
            var canonical = await page.Locator("link[rel=canonical]").GetAttributeAsync("href");
            var reviewed = (await page.Locator(".review__dates dd").First.InnerTextAsync()).Trim();
            var numbers = Words(await page.Locator(EmergencyNumbers).First.InnerTextAsync());
            var cards = new List<string>();
            foreach (var kind in ActionNow)
            {
                cards.AddRange((await page.Locator(kind).AllInnerTextsAsync()).Select(Words));
            }

            var text = FirstWords(await page.Locator(".topic__body > p").First.InnerTextAsync());
            var sources = await page.Locator(".references a[href^='http']").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            var printed = await PrintAsync(page, paper);
            await page.CloseAsync();

            var first = printed[0].Text;
            var all = string.Join("\n", printed.Select(p => p.Text));
            var missing = new[] { numbers }.Concat(cards.Take(1)).Where(heading => !first.Contains(heading, StringComparison.Ordinal))
                .Concat(Squeezed(first).Contains(Squeezed(canonical!), StringComparison.Ordinal) ? [] : [canonical!])
                .Concat(first.Contains("Last reviewed " + reviewed, StringComparison.Ordinal) ? [] : ["Last reviewed " + reviewed])
                .ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{path}: not on page one: {string.Join(" | ", missing)}");
            }

            var textAt = all.IndexOf(text, StringComparison.Ordinal);
            if (cards.FirstOrDefault(card => all.IndexOf(card, StringComparison.Ordinal) is var at && (at < 0 || at > textAt)) is { } late)
            {
                problems.Add($"{path}: '{late}' is not printed before the text ('{text}' at {textAt})");
            }

            if (sources.FirstOrDefault(source => !Squeezed(all).Contains(Squeezed("(" + source + ")"), StringComparison.Ordinal)) is { } unprinted)
            {
                problems.Add($"{path}: the address of {unprinted} is not printed");
            }

            if (Navigation.FirstOrDefault(words => all.Contains(words, StringComparison.Ordinal)) is { } navigation)
            {
                problems.Add($"{path}: '{navigation}' is printed");
            }

            if (printed.SelectMany(p => p.CutOff.Select(word => $"page {p.Number}: '{word}'")).FirstOrDefault() is { } cut)
            {
                problems.Add($"{path}: cut off at the edge of the paper: {cut}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_topic_overdue_for_review_says_so_on_paper_and_shows_where_its_links_lead()
    {
        var text = Sites.Small
            .Replace("title: Beta\n", "title: Beta\nlast_reviewed: 2020-01-15\n", StringComparison.Ordinal)
            .Replace("## Two\n", "## Two\n\nRead [the national advice](https://www.nhs.uk/mental-health/).\n", StringComparison.Ordinal);
        var build = TestBuild.Run(text).AssertSucceeded();
        await using var site = await StaticSiteServer.StartAsync(build.Output.Files);
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(site.Address + "topics/beta/");

        var pages = await PrintAsync(page);
        await page.CloseAsync();

        var all = string.Join(" ", pages.Select(p => p.Text));
        Assert.Contains("Review overdue. Some information may be out of date.", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Last reviewed 15 January 2020", pages[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("See review dates", all, StringComparison.Ordinal);
        Assert.Contains("the national advice (https://www.nhs.uk/mental-health/)", all, StringComparison.Ordinal);
    }

    /// <summary>Every topic of the sample library with urgent advice, a contents list, related topics, tags and a linked source.</summary>
    private List<string> TopicsWithUrgentAdvice() =>
        browser.Build.Output.Files.Keys
            .Where(name => name.StartsWith("topics/", StringComparison.Ordinal) && name.EndsWith("/index.html", StringComparison.Ordinal) && name.Count(c => c == '/') == 2)
            .Where(name => new[] { EmergencyNumbers, ".toc", ".related", ".tags", ".references a[href^='http']" }
                .All(selector => browser.Build.Document(name).QuerySelector(selector) is not null))
            .Select(name => "/" + name[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The page as Chromium prints it, with the margins the stylesheet sets: the text of each printed page, and the words
    /// that reach past its edges.
    /// </summary>
    private static async Task<List<PrintedPage>> PrintAsync(IPage page, string paper = "A4")
    {
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = paper });
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p =>
        {
            var words = p.GetWords().ToList();
            var cut = words.Where(word => word.BoundingBox.Left < 0 || word.BoundingBox.Right > p.Width || word.BoundingBox.Bottom < 0 || word.BoundingBox.Top > p.Height);
            return new PrintedPage(p.Number, Words(string.Join(" ", words.Select(word => word.Text))), cut.Select(word => word.Text).ToList());
        }).ToList();
    }

    private sealed record PrintedPage(int Number, string Text, IReadOnlyList<string> CutOff);

    /// <summary>The first words of a paragraph: enough to find it, before any printed link address.</summary>
    private static string FirstWords(string text) => string.Join(" ", Words(text).Split(' ').Take(6));

    private static string Words(string text) => Whitespace().Replace(Unligatured(text), " ").Trim();

    /// <summary>Without spaces: a long address breaks across lines, and PdfPig reads its parts as words.</summary>
    private static string Squeezed(string text) => Whitespace().Replace(Unligatured(text), "");

    /// <summary>
    /// The text with Chromium's printed ligatures (U+FB00 to U+FB06) as letters again; string.Normalize would do it, but
    /// the projects run with invariant globalisation, where it leaves them.
    /// </summary>
    private static string Unligatured(string text) => text
        .Replace("\uFB00", "ff", StringComparison.Ordinal).Replace("\uFB01", "fi", StringComparison.Ordinal).Replace("\uFB02", "fl", StringComparison.Ordinal)
        .Replace("\uFB03", "ffi", StringComparison.Ordinal).Replace("\uFB04", "ffl", StringComparison.Ordinal).Replace("\uFB05", "st", StringComparison.Ordinal).Replace("\uFB06", "st", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
