using System.Text.Json;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>References in the NLM (Vancouver) style, numbered by first citation, with citations that link both ways.</summary>
public sealed class ReferenceRenderingTests
{
    internal const string Site = Sites.Small + """

        -- input/topics/delta.md --
        ---
        title: Delta
        summary: The fourth topic.
        risk: low
        category: Conditions
        codes:
          - { system: icd10cm, code: F33.2, display: "Major depressive disorder, recurrent severe without psychotic features" }
          - { system: snomed, code: "35489007", display: Depressive disorder }
        references:
          - id: web
            type: web
            title: Post-traumatic stress disorder
            publisher: NHS
            url: https://www.nhs.uk/mental-health/conditions/post-traumatic-stress-disorder-ptsd/overview/
            accessed: 2026-03-01
          - id: many
            authors: [One A, Two B, Three C, Four D, Five E, Six F, Seven G]
            title: A trial with seven authors
            journal: Am J Psychiatry
            year: 2021
            volume: "178"
            issue: "2"
            pages: 193-202
            doi: 10.1176/appi.ajp.2020.20050596
            pmid: "12345678"
          - id: six
            authors: [One A, Two B, Three C, Four D, Five E, Six F]
            title: A review with six authors?
            journal: J Example
            year: 2019
            pmid: "87654321"
          - id: guide
            type: guideline
            title: Depression in adults <treatment & management>
            publisher: National Institute for Health and Care Excellence
            year: 2022
            url: https://www.nice.org.uk/guidance/ng222
          - id: book
            type: book
            authors: [Author A]
            title: A book
            publisher: Example Press
            year: 2010
          - title: The old form
            url: https://example.org/old
            publisher: Journal of Examples
            year: 2021
        ---
        First the trial [@many], then the web page and the trial again [@web; @many].

        Then the guideline[@guide] and the book [@book; @six]. In code, `[@many]` stays as written:

            [@web] in a code block too

        And [@many](https://example.org/) is a link, not a citation.
        """;

    private static readonly Lazy<TestBuild> Build = new(() => TestBuild.Run(Site).AssertSucceeded());

    [Fact]
    public void Each_type_renders_in_the_NLM_style_numbered_by_first_citation()
    {
        var entries = Build.Value.Document("topics/delta/index.html").QuerySelectorAll(".references__list > li");
        string Entry(int number) => entries[number - 1].InnerHtml;

        Assert.Equal(["ref-1", "ref-2", "ref-3", "ref-4", "ref-5", "ref-6"], entries.Select(e => e.Id));
        Assert.Equal(
            "One A, Two B, Three C, et al. <cite>A trial with seven authors</cite>. Am J Psychiatry. 2021;178(2):193-202. "
            + "doi: <a href=\"https://doi.org/10.1176/appi.ajp.2020.20050596\">10.1176/appi.ajp.2020.20050596</a>. "
            + "PMID: <a href=\"https://pubmed.ncbi.nlm.nih.gov/12345678/\">12345678</a>. "
            + "<a class=\"references__back\" href=\"#cite-1\" aria-label=\"Back to where reference 1 is cited\">↩</a>",
            Entry(1));
        Assert.StartsWith(
            "<cite>Post-traumatic stress disorder</cite> [Internet]. NHS [cited 2026 Mar 1]. Available from: "
            + "<a href=\"https://www.nhs.uk/mental-health/conditions/post-traumatic-stress-disorder-ptsd/overview/\">",
            Entry(2));
        Assert.StartsWith(
            "<cite>Depression in adults &lt;treatment &amp; management&gt;</cite> [Internet]. National Institute for Health and Care Excellence; 2022. "
            + "Available from: <a href=\"https://www.nice.org.uk/guidance/ng222\">https://www.nice.org.uk/guidance/ng222</a>",
            Entry(3));
        Assert.StartsWith("Author A. <cite>A book</cite>. Example Press; 2010. <a class=\"references__back\"", Entry(4));
        // Six authors all print; a title ending in '?' takes no full stop after it.
        Assert.StartsWith(
            "One A, Two B, Three C, Four D, Five E, Six F. <cite>A review with six authors?</cite> J Example. 2019. PMID: ",
            Entry(5));
        // The old form still builds: a web page from its publisher, never cited, so no link back.
        Assert.Equal(
            "<cite>The old form</cite> [Internet]. Journal of Examples; 2021. Available from: <a href=\"https://example.org/old\">https://example.org/old</a>",
            Entry(6));
    }

    [Fact]
    public void Citations_are_numbered_links_with_a_name_and_the_first_of_each_is_linked_back_to()
    {
        var page = Build.Value.Document("topics/delta/index.html");
        var citations = page.QuerySelectorAll(".topic__body sup.citation");
        Assert.Equal(["1", "2,1", "3", "4,5"], citations.Select(c => c.TextContent));
        var links = citations.SelectMany(c => c.QuerySelectorAll("a")).ToList();
        Assert.Equal(["Reference 1", "Reference 2", "Reference 1", "Reference 3", "Reference 4", "Reference 5"], links.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["#ref-1", "#ref-2", "#ref-1", "#ref-3", "#ref-4", "#ref-5"], links.Select(a => a.GetAttribute("href")));
        // Only the first citation of a reference carries the id its entry links back to; ids stay unique.
        Assert.Equal(["cite-1", "cite-2", null, "cite-3", "cite-4", "cite-5"], links.Select(a => a.GetAttribute("id")));
        foreach (var back in page.QuerySelectorAll(".references__back"))
        {
            Assert.NotNull(page.GetElementById(back.GetAttribute("href")![1..]));
        }

        var body = page.QuerySelector(".topic__body")!;
        Assert.Equal("[@many]", body.QuerySelector("code")!.TextContent);
        Assert.Contains("[@web] in a code block too", body.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("@many", body.QuerySelector("a[href='https://example.org/']")!.TextContent);
    }

    [Fact]
    public void Search_documents_and_the_feed_never_show_a_raw_citation()
    {
        var document = Build.Value.SearchDocuments.Single(d => d.Result.Title == "Delta");
        var text = string.Join("\n", document.Fields.Values.OfType<string>());
        Assert.Contains("First the trial", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[@web; @many]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[@many],", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[@", Build.Value.Html("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_ld_cites_each_reference_and_names_the_codes_with_schema_org_terms()
    {
        var script = Build.Value.Document("topics/delta/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        var page = json.RootElement.GetProperty("@graph").EnumerateArray().Single(e => e.GetProperty("@type").GetString() == "MedicalWebPage");

        var about = page.GetProperty("about");
        Assert.Equal("MedicalEntity", about.GetProperty("@type").GetString());
        var codes = about.GetProperty("code").EnumerateArray().ToList();
        Assert.All(codes, code => Assert.Equal("MedicalCode", code.GetProperty("@type").GetString()));
        Assert.Equal(["F33.2", "35489007"], codes.Select(c => c.GetProperty("codeValue").GetString()));
        Assert.Equal(["ICD-10-CM", "SNOMED-CT"], codes.Select(c => c.GetProperty("codingSystem").GetString()));

        var citations = page.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(["ScholarlyArticle", "WebPage", "WebPage", "Book", "ScholarlyArticle", "WebPage"], citations.Select(c => c.GetProperty("@type").GetString()));
        Assert.Equal(
            ["https://doi.org/10.1176/appi.ajp.2020.20050596", "https://pubmed.ncbi.nlm.nih.gov/12345678/"],
            citations[0].GetProperty("sameAs").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Am J Psychiatry", citations[0].GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.Equal(7, citations[0].GetProperty("author").GetArrayLength());
        Assert.False(citations[1].TryGetProperty("sameAs", out _));
    }

    [Fact]
    public void The_codes_index_lists_each_code_with_its_topics()
    {
        using var json = JsonDocument.Parse(Build.Value.Html("codes/index.json"));
        var entry = json.RootElement.GetProperty("icd10cm").GetProperty("F33.2").EnumerateArray().Single();
        Assert.Equal("Delta", entry.GetProperty("title").GetString());
        Assert.Equal("/topics/delta/", entry.GetProperty("path").GetString());
        Assert.Equal("https://example.org/topics/delta/", entry.GetProperty("url").GetString());
        Assert.Equal(["icd10cm", "snomed"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Writers_are_warned_of_uncited_references_unfindable_articles_and_shared_codes_with_a_suggestion_for_typos()
    {
        var files = SiteText.Parse(Site);
        files["input/topics/delta.md"] = files["input/topics/delta.md"]
            .Replace("  - title: The old form", "  - id: never\n    title: Never cited\n    url: https://example.org/never\n  - title: No address\n    journal: J Example\n  - title: The old form", StringComparison.Ordinal);
        files["input/topics/gamma.md"] = files["input/topics/gamma.md"].Replace("category: Conditions", "category: Conditions\ncodes: [{ system: icd10cm, code: f33.2 }]", StringComparison.Ordinal);
        var build = TestBuild.Run(files).AssertSucceeded();

        Assert.Contains("input/topics/delta.md:44:5: warning HL0921: reference 'never' is never cited in the text", build.Lines);
        Assert.Contains("input/topics/delta.md:47:5: warning HL0920: the article 'No address' has no doi, pmid or url, so a reader cannot find it", build.Lines);
        Assert.Contains("input/topics/gamma.md:6:34: warning HL0922: icd10cm code F33.2 is also claimed by input/topics/delta.md; a link by this code leads to that topic only", build.Lines);

        files = SiteText.Parse(Site);
        files["input/topics/delta.md"] = files["input/topics/delta.md"].Replace("the trial [@many]", "the trial [@mnay]", StringComparison.Ordinal);
        var error = Assert.Single(TestBuild.Run(files).Diagnostics, d => d.Severity == HealthLibrary.Diagnostics.Severity.Error);
        Assert.Equal("did you mean 'many'?", error.Hint);
    }
}
