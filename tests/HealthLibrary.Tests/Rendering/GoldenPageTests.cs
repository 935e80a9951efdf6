using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>
/// One representative page per template, compared with a checked-in copy. After an intended change to the
/// theme or the generator, run the tests with UPDATE_GOLDEN=1 and review the diff of tests/.../Golden/.
/// </summary>
public sealed class GoldenPageTests
{
    private static readonly string Site = Health.UrgentHelpTests.Site + """

        -- input/topics/delta.md --
        ---
        title: Delta infusion
        summary: What a delta infusion is, who it may help and what its risks are.
        risk: high
        category: Treatments
        order: 1
        tags: [Infusion, Depression]
        synonyms: [Deltamax, DI]
        health_risks:
          - Raised blood pressure
          - Feeling detached from your surroundings
        disclaimers: [medical, emergency]
        author: ana-lima
        reviewed_by: ana-lima
        published: 2024-02-01
        updated: 2025-06-30
        last_reviewed: 2025-06-30
        related: [alpha, gamma]
        references:
          - { title: "A study of delta", url: "https://example.org/study", publisher: Journal of Examples, year: 2021 }
          - { title: "Guidance on delta", url: "https://example.org/guidance" }
        aliases: [/old/delta/]
        ---
        Delta is given in a clinic[^1].

        ## What it is

        A treatment. See [alpha](alpha.md).

        ## How it is given

        | Step | Time |
        |---|---|
        | Check-in | 10 minutes |

        ## Risks

        - [x] Ask about blood pressure

        ::: immediate Call 999 or go to A&E if you:
        - have chest pain after a dose
        :::

        [^1]: Under supervision.
        """;

    public static TheoryData<string, string> Pages => new()
    {
        { "topic", "topics/delta/index.html" },
        { "home", "index.html" },
        { "topics", "topics/index.html" },
        { "category", "categories/treatments/index.html" },
        { "tag", "tags/infusion/index.html" },
        { "risk-index", "risk/index.html" },
        { "risk", "risk/high/index.html" },
        { "author", "authors/ana-lima/index.html" },
        { "page", "about/index.html" },
        { "404", "404.html" },
        { "get-help", "get-help/index.html" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_matches_its_golden_copy(string template, string path)
    {
        var html = TestBuild.Run(Site).AssertSucceeded().Html(path);
        var golden = Path.Combine(Repository.TestsFolder, "Golden", template + ".html");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, html);
        }

        Assert.True(File.Exists(golden), $"no golden copy {golden}; run the tests with UPDATE_GOLDEN=1 once and review it");
        Assert.Equal(File.ReadAllText(golden), html);
    }
}
