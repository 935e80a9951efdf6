using HealthLibrary.Content.Citations;

namespace HealthLibrary.Tests.Support;

/// <summary>A library whose writers tried to inject script through every field: each payload sets window.__pwned if it ever runs.</summary>
public static class HostileSite
{
    public static readonly string[] Payloads =
    [
        "<script>window.__pwned=1</script>",
        "\"><img src=x onerror=\"window.__pwned=2\">",
        "'><svg onload=window.__pwned=3>",
        "</script><script>window.__pwned=4</script>",
        "&lt;script&gt;window.__pwned=5&lt;/script&gt;",
        "<a href=\"javascript:window.__pwned=6\">x</a>",
        "]]><script>window.__pwned=7</script>",
        "{{site.title}}<style>*{display:none}</style>",
    ];

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quoted)) + "]";

    public static string Text => $$"""
        {{Sites.Small.Replace("  name: Ana Lima", "  name: " + Quoted("Ana " + Payloads[1])).Replace("    text: Call your local emergency number.", "    text: " + Quoted("Call for help. " + Payloads[0]))}}

        -- input/topics/hostile.md --
        ---
        title: {{Quoted("Hostile " + Payloads[0])}}
        summary: {{Quoted("Summary " + Payloads[1] + Payloads[3])}}
        risk: high
        category: Conditions
        tags: {{List(["tag " + Payloads[2], "plain tag"])}}
        synonyms: {{List(Payloads.Select(p => "Synonym " + p))}}
        health_risks: {{List(Payloads.Select(p => "Risk " + p))}}
        author: ana-lima
        reviewed_by: ana-lima
        published: 2025-01-01
        last_reviewed: 2025-02-01
        references:
          - { title: {{Quoted("Reference " + Payloads[0] + Payloads[7])}}, url: "https://example.org/ref?q=\"><script>window.__pwned=8</script>", publisher: {{Quoted("Publisher " + Payloads[2])}}, year: 2020 }
        related: [alpha]
        ---
        ## Section {{Payloads[0]}}

        Raw HTML: {{Payloads[0]}} {{Payloads[2]}}

        <script>window.__pwned=9</script>

        [a link](javascript:window.__pwned=10) and [another](JaVaScRiPt:window.__pwned=11)
        and [entity](&#106;avascript:window.__pwned=12) and [vb](vbscript:msgbox) and
        [data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xMzwvc2NyaXB0Pg==)
        and ![image](javascript:window.__pwned=14) and <javascript:window.__pwned=15>.
        """;
}
