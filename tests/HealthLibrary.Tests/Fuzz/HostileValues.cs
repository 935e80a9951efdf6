namespace HealthLibrary.Tests.Fuzz;

/// <summary>Values a writer might type where a plain one belongs, each odd in a way a parser or a check could trip on.</summary>
public static class HostileValues
{
    public static readonly IReadOnlyList<string> Numbers =
    [
        "0", "-1", "+12", "-0", "1.5", "1e999", "-1e999", "0x1F", "0o17", "017", "1_000", ".inf", "-.inf", ".nan", "'12'",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "1200", "1201", "120000", "120001", "٣",
    ];

    public static readonly IReadOnlyList<string> Dates =
    [
        "2024-02-29", "2023-02-29", "2024-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "9999-01-01", "9997-06-30", "2024-1-1",
        "2024-01-01T10:00:00Z", "2024-01-01 10:00", "20240101", "2024-13-45", "-2024-01-01", "+2024-01-01", "'2024-01-01'",
        "２０２４-０１-０１", "٢٠٢٤-٠١-٠١", "2024-01-01 # comment", "2024/01/01", "1 January 2024",
    ];

    public static readonly IReadOnlyList<string> Booleans = ["yes", "no", "on", "off", "y", "n", "TRUE", "tRuE", "True", "'true'", "1", "0", "~"];

    public static readonly IReadOnlyList<string> Empties = ["", "~", "null", "NULL", "''", "\"\"", "' '", "\"\\t\"", "[]", "{}", "[ ]", "[~]", "[null]", "['']", "[,]", "{a}", "{: }"];

    public static readonly IReadOnlyList<string> Unicode =
    [
        "Ünïcödé", "日本語", "مرحبا", "\u202Eevil\u202C", "a\u200Bb", "💊", "e\u0301", "İstanbul", "ß", "ＡＢＣ", "\uFFFD", "𝔘𝔫𝔦",
        "\u00A0", "\u3000", "\u2028", "\u0085", "x\u0300\u0301\u0302\u0303\u0304", "ǅ", "ﬁ", "Ⅻ", "١٢٣", "\uFEFFbom",
    ];

    public static readonly IReadOnlyList<string> Quoted =
    [
        "\"\\u0000\"", "\"\\x00\"", "\"\\0\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\U0010FFFF\"", "\"\\U00110000\"", "\"\\N\\_\\L\\P\"",
        "\"\\q\"", "'it''s'", "\"unterminated", "'unterminated", "\"a\\\nb\"", "\"\\e\\a\\v\"", "\"\\t\\t\"", "'\t'", "\"\\\"\"",
    ];

    public static readonly IReadOnlyList<string> YamlSyntax =
    [
        "@x", "`x", "%x", "|", ">", "|-", "|+", "|9", ">-2", "|0", "- x", "? x", ": x", "#comment", "a #b", "a: b", "a:b", "{", "}", "[", "]",
        ",", "&", "*", "!", "!!", "&a", "*a", "&a x", "*a x", "!!str", "!!int x", "!!int 12", "!!bool maybe", "!!binary AAAA", "!<tag:yaml.org,2002:str> x",
        "!local x", "!!map {}", "!!seq []", "!!timestamp 2001-12-14", "!!float x", "!!null x", "!!set {a, b}", "!!omap [a: 1]", "!<!> x", "!<> x",
        "[a, [b, {c: d}]]", "{a: [b, c]}", "{title: x, url: y}", "[a, b", "{a: b", "[a]]", "{a: b}}", "- - -", "'a'b", "\"a\"b", "<<: *a", "= x", "!? x",
    ];

    public static readonly IReadOnlyList<string> Markup =
    [
        "<script>alert(1)</script>", "\"<img src=x onerror=alert(1)>\"", "{{title}}", "{{{site.title}}}", "\"{{> base}}\"", "\"{{#each x}}\"", "{{!",
        "\"&amp; &lt;\"", "'**bold** _x_'", "\"[link](javascript:alert(1))\"", "'`code`'", "\"\\\\\"", "'</title><script>x</script>'",
    ];

    public static readonly IReadOnlyList<string> SitePaths =
    [
        "/", "//", "/../", "/./", "/tags/", "/tags/x/", "/tags/ketamine/", "/risk/", "/risk/low/", "/authors/ana-lima/", "/authors/maria-santos/", "/topics/",
        "/topics/alpha/", "/topics/ketamine-therapy/", "/sitemap.xml", "/robots.txt", "/assets/", "/assets/logo.svg", "/assets/site.css", "/404.html",
        "/search/", "/search/index.html", "/categories/treatments/", "/a b/", "/a//b/", "/x.html", "/X/", "/.../", "/~x/", "/-/", "/Topics/Alpha/",
        "/index.html", "/about/", "/About/", "/about", "/about/index.html", "/editorial-policy/", "/%2e%2e/", "/a\\b/", "/ä/", "old", "",
    ];

    public static readonly IReadOnlyList<string> WebAddresses =
    [
        "javascript:alert(1)", "http://", "https://", "https://[::1", "https://example.org:99999/", "http://ex ample.org/", "https://例え.jp/",
        "http://user:pw@host/", "https://example.org/?q=1", "https://example.org/#f", "ftp://example.org/", "//example.org/", "https://example.org/a%2F..%2F/",
        "HTTPS://EXAMPLE.ORG/", "https://example.org/%zz/", "https://example.org/a b/", "https://example.org", "https://example.org/health",
        "https://example.org/../..", "https://example.org/a/./b/../c/", "http://[::1]:8080/x/", "https://xn--e1afmkfd.xn--p1ai/", "mailto:a@b",
        "https://example.org/" + new string('a', 3000) + "/", "https://-/", "https://a..b/", "http:/example.org/", "http:example.org",
    ];

    public static readonly IReadOnlyList<string> Names =
    [
        "alpha", "beta", "gamma", "about", "ALPHA", "a--b", "-a", "a-", "topics", "search", "assets", "risk", "tags", "authors", "categories", "404", "index",
        "ketamine-therapy", "ana-lima", "maria-santos", "low", "moderate", "high", "medical", "supervision", "emergency", "controlled-substance",
        "Treatments", "treatments", "TREATMENTS", "Treatments!", "Treat ments", "treat-ments", "!!!", "日本", "Medicines", "medicines", "Science", "Conditions",
        "sitemap", "robots", "draft", "a", "0", "-", "_",
    ];

    /// <summary>Words and names, odd ones among them, for keys that take text.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> PlainText = [Names, Unicode, Markup];

    public static readonly IReadOnlyList<IReadOnlyList<string>> All = [Numbers, Dates, Booleans, Empties, Unicode, Quoted, YamlSyntax, Markup, SitePaths, WebAddresses, Names];

    /// <summary>Known keys of every file, so a value of the wrong kind lands where a check reads it.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "summary", "risk", "category", "tags", "synonyms", "health_risks", "disclaimers", "author", "reviewed_by", "published", "updated",
        "last_reviewed", "order", "related", "references", "aliases", "draft", "slug", "description", "base_url", "language", "theme",
        "review_interval_months", "navigation", "scope", "markdown", "allow_html", "risk_levels", "id", "label", "categories", "default_disclaimers",
        "name", "credentials", "bio", "url", "publisher", "year", "text", "ana-lima",
        "urgent_help", "services", "phone", "region", "when", "intro", "show_on", "keywords", "<<", "", "Title", "tïtle", "title ", " title", "\"title\"", "'risk'",
    ];

    public static string Any(Random random) => random.Pick(random.Pick(All));

    /// <summary>A value of the kind the key expects but odd in that kind, so it gets past YAML and reaches the check.</summary>
    public static string For(string key, Random random) => key switch
    {
        "published" or "updated" or "last_reviewed" => random.Pick(Dates),
        "order" or "year" or "review_interval_months" => random.Pick(Numbers),
        "draft" or "allow_html" or "urgent_help" => random.Pick(Booleans),
        "phone" => random.Pick(["\"999\"", "\"+44 (0)20 7946 0000\"", "\"116 SAM\"", "\"+\"", "\"++1\"", "\"()\"", "''", "0", "\"1" + new string('2', 500) + "\""]),
        "services" => random.Pick(["[]", "[{name: A}]", "[{phone: '1'}]", "[{name: A, phone: '1', text: x}]", "[x]", "{name: A}"]),
        "show_on" or "keywords" => List(random, random.Chance(0.5) ? Names : Unicode),
        "aliases" => List(random, SitePaths),
        "url" or "base_url" => random.Pick(WebAddresses),
        "tags" or "synonyms" or "health_risks" or "related" or "disclaimers" or "default_disclaimers" or "categories" => List(random, random.Chance(0.5) ? Names : Unicode),
        "references" => $"[{{title: {Scalar(random, random.Pick(All).ToList())}, url: {random.Pick(WebAddresses)}, year: {random.Pick(Numbers)}}}]",
        "navigation" => $"{{scope: {random.Pick(Names)}}}",
        "markdown" => $"{{allow_html: {random.Pick(Booleans)}}}",
        _ => random.Chance(0.7) ? Scalar(random, random.Pick(PlainText)) : Any(random),
    };

    /// <summary>A flow list of one to three items from a pool, each quoted now and then.</summary>
    private static string List(Random random, IReadOnlyList<string> pool) =>
        "[" + string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Scalar(random, pool))) + "]";

    private static string Scalar(Random random, IReadOnlyList<string> pool)
    {
        var value = random.Pick(pool);
        return random.Chance(0.3) ? $"'{value.Replace("'", "''")}'" : value;
    }
}
