namespace HealthLibrary.Tests.Support;

/// <summary>Small valid sites that tests change in one place.</summary>
public static class Sites
{
    /// <summary>Two categories, three risk levels, three topics, one page: every rule has something to act on.</summary>
    public const string Small = """
        -- input/site.yml --
        title: Test Library
        description: A library for tests.
        base_url: https://example.org/
        risk_levels:
          - id: low
            label: Low risk
            description: Side effects are uncommon.
          - id: moderate
            label: Moderate risk
            description: Needs supervision.
            disclaimers: [supervision]
          - id: high
            label: High risk
            description: Serious harms are possible.
            disclaimers: [supervision, emergency]
        categories: [Treatments, Conditions]
        disclaimers:
          medical:
            title: Not medical advice
            text: General information only.
          supervision:
            title: Needs supervision
            text: Only with a clinician.
          emergency:
            title: In an emergency
            text: Call your local emergency number.
        default_disclaimers: [medical]
        -- input/authors.yml --
        ana-lima:
          name: Ana Lima
          credentials: MD
        -- input/topics/alpha.md --
        ---
        title: Alpha
        summary: The first topic.
        risk: low
        category: Treatments
        author: ana-lima
        related: [beta]
        ---
        ## One

        See [beta](beta.md#two) and [gamma](gamma.md).
        -- input/topics/beta.md --
        ---
        title: Beta
        summary: The second topic.
        risk: high
        category: Treatments
        ---
        ## Two

        Back to [alpha](alpha.md).
        -- input/topics/gamma.md --
        ---
        title: Gamma
        summary: The third topic.
        risk: moderate
        category: Conditions
        ---
        Plain text.
        -- input/pages/about.md --
        ---
        title: About
        summary: About us.
        ---
        Hello.
        """;
}
