using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Pipeline;

/// <summary>A valid site broken in one place per row: the build fails with exactly that problem, at its exact place.</summary>
public sealed class BreakOneThingTests
{
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // file, text to find, replacement, expected "file:line:col: severity CODE", expected message
        { "input/topics/alpha.md", "risk: low", "risk: medium", "input/topics/alpha.md:4:7: error HL0105", "risk 'medium' is not a risk level (low, moderate, high)" },
        { "input/topics/alpha.md", "risk: low", "risk: hihg", "input/topics/alpha.md:4:7: error HL0105", "risk 'hihg' is not a risk level (low, moderate, high)" },
        { "input/topics/alpha.md", "title: Alpha\n", "title: Alpha\ntitel: Again\n", "input/topics/alpha.md:3:1: error HL0101", "'titel' is not a key of a topic's front matter" },
        { "input/topics/alpha.md", "title: Alpha\n", "", "input/topics/alpha.md:2:1: error HL0102", "'title' is required but missing" },
        { "input/topics/alpha.md", "title: Alpha", "title:", "input/topics/alpha.md:2:1: error HL0102", "title is empty" },
        { "input/topics/alpha.md", "title: Alpha", "title: " + new string('x', 121), "input/topics/alpha.md:2:8: error HL0104", "title is 121 characters long; at most 120 are allowed" },
        { "input/topics/alpha.md", "summary: The first topic.", "summary: " + new string('y', 301), "input/topics/alpha.md:3:10: error HL0104", "summary is 301 characters long; at most 300 are allowed" },
        { "input/topics/alpha.md", "category: Treatments", "category: Treatment", "input/topics/alpha.md:5:11: error HL0105", "category 'Treatment' is not one of the site's categories (Treatments, Conditions)" },
        { "input/topics/alpha.md", "author: ana-lima", "author: ana-lim", "input/topics/alpha.md:6:9: error HL0105", "author 'ana-lim' is not in authors.yml (ana-lima)" },
        { "input/topics/alpha.md", "author: ana-lima", "reviewed_by: bob", "input/topics/alpha.md:6:14: error HL0105", "reviewed_by 'bob' is not in authors.yml (ana-lima)" },
        { "input/topics/alpha.md", "related: [beta]", "related: [beta, delta]", "input/topics/alpha.md:7:17: error HL0105", "related topic 'delta' does not exist" },
        { "input/topics/alpha.md", "related: [beta]", "related: [beta]\ndisclaimers: [medical, legal]", "input/topics/alpha.md:8:24: error HL0105", "disclaimer 'legal' is not defined in site.yml (medical, supervision, emergency)" },
        { "input/topics/alpha.md", "related: [beta]", "published: 2024-13-01", "input/topics/alpha.md:7:12: error HL0104", "published '2024-13-01' is not a date" },
        { "input/topics/alpha.md", "related: [beta]", "last_reviewed: 14/03/2025", "input/topics/alpha.md:7:16: error HL0104", "last_reviewed '14/03/2025' is not a date" },
        { "input/topics/alpha.md", "related: [beta]", "order: first", "input/topics/alpha.md:7:8: error HL0103", "order 'first' is not a whole number" },
        { "input/topics/alpha.md", "related: [beta]", "tags: anxiety", "input/topics/alpha.md:7:7: error HL0103", "tags must be a list, found a single value" },
        { "input/topics/alpha.md", "related: [beta]", "draft: maybe", "input/topics/alpha.md:7:8: error HL0103", "draft 'maybe' is not true or false" },
        { "input/topics/alpha.md", "related: [beta]", "slug: Alpha_One", "input/topics/alpha.md:7:7: error HL0104", "slug 'Alpha_One' may use only a-z, 0-9 and single hyphens" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - title: A study", "input/topics/alpha.md:8:5: error HL0102", "'url' is required but missing" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - { title: A study, url: 'javascript:alert(1)' }", "input/topics/alpha.md:8:28: error HL0104", "reference url 'javascript:alert(1)' is not an http or https address" },
        // References in the NLM fields: each value is checked at its own line.
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - title: T\n    journal: J\n    doi: 11.1/x", "input/topics/alpha.md:10:10: error HL0104", "doi '11.1/x' is not a DOI: expected 10.NNNN/…" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - title: T\n    journal: J\n    doi: https://doi.org/10.1176/appi.ajp.2020.20050596", "input/topics/alpha.md:10:10: error HL0104", "doi 'https://doi.org/10.1176/appi.ajp.2020.20050596' is not a DOI" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - title: T\n    journal: J\n    pmid: 12a45", "input/topics/alpha.md:10:11: error HL0104", "pmid '12a45' is not a PubMed ID: expected digits only" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - title: T\n    journal: J\n    pmid: '1'\n    year: 2027", "input/topics/alpha.md:11:11: error HL0104", "reference year 2027 is in the future" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - title: T\n    journal: J\n    url: ftp://example.org/t", "input/topics/alpha.md:10:10: error HL0104", "reference url 'ftp://example.org/t' is not an http or https address" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - title: T\n    type: artcle\n    url: https://example.org/t", "input/topics/alpha.md:9:11: error HL0104", "reference type 'artcle' is not known (article, web, guideline, label, book)" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - title: T\n    url: https://example.org/t\n    id: two words", "input/topics/alpha.md:10:9: error HL0104", "reference id 'two words' may use only letters, digits and _ - . : between them" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - { id: a, title: T, url: 'https://example.org/t' }\n  - { id: a, title: U, url: 'https://example.org/u' }", "input/topics/alpha.md:9:11: error HL0107", "reference id 'a' is used twice (first on line 8)" },
        { "input/topics/alpha.md", "related: [beta]", "references:\n  - { title: T, jurnal: J, url: 'https://example.org/t' }", "input/topics/alpha.md:8:17: error HL0101", "'jurnal' is not a key of a reference" },
        // Inline citations name a reference of the same file, at the line and column of the '@'.
        { "input/topics/alpha.md", "related: [beta]\n---\n## One\n\nSee", "references:\n  - { id: feder2021, title: T, url: 'https://example.org/t' }\n---\n## One\n\nAs shown [@feder2012]. See", "input/topics/alpha.md:12:11: error HL0105", "[@feder2012] is not the id of a reference of this topic (feder2021)" },
        { "input/topics/alpha.md", "related: [beta]\n---\n## One\n\nSee", "references:\n  - { id: a, title: T, url: 'https://example.org/t' }\n---\n## One\n\n- A list item [@a; @b]\n\nSee", "input/topics/alpha.md:12:20: error HL0105", "[@b] is not the id of a reference of this topic (a)" },
        { "input/pages/about.md", "Hello.", "Hello [@x].", "input/pages/about.md:5:8: error HL0105", "[@x] cites a reference, but this file has none with an id" },
        // Clinical codes: each system's form, check digits computed.
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: icd10cm, code: F33-2 }", "input/topics/alpha.md:8:30: error HL0104", "icd10cm code 'F33-2' is not of the form a letter, two digits, then optionally a dot and 1 to 4 letters or digits" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: icd10, code: F3 }", "input/topics/alpha.md:8:28: error HL0104", "icd10 code 'F3' is not of the form a letter, two digits" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: snomed, code: '35489008' }", "input/topics/alpha.md:8:29: error HL0104", "snomed code '35489008' is not of the form 6 to 18 digits whose last digit is the Verhoeff check digit of the rest" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: snomed, code: '12345' }", "input/topics/alpha.md:8:29: error HL0104", "snomed code '12345' is not of the form 6 to 18 digits" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: loinc, code: 2345-8 }", "input/topics/alpha.md:8:28: error HL0104", "loinc code '2345-8' is not of the form digits, a hyphen and the mod-10 check digit" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: rxnorm, code: R1234 }", "input/topics/alpha.md:8:29: error HL0104", "rxnorm code 'R1234' is not of the form digits only" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: mesh, code: D12345 }", "input/topics/alpha.md:8:27: error HL0104", "mesh code 'D12345' is not of the form D and six digits" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: atc, code: N06AX2 }", "input/topics/alpha.md:8:26: error HL0104", "atc code 'N06AX2' is not of the form a letter, two digits, two letters, two digits" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: snowmed, code: '35489007' }", "input/topics/alpha.md:8:15: error HL0104", "code system 'snowmed' is not known (icd10cm, icd10, snomed, loinc, rxnorm, mesh, atc)" },
        { "input/topics/alpha.md", "related: [beta]", "codes:\n  - { system: icd10cm }", "input/topics/alpha.md:8:5: error HL0102", "'code' is required but missing" },
        { "input/topics/alpha.md", "related: [beta]", "codes: [F33.2]", "input/topics/alpha.md:7:9: error HL0103", "each code must have a system and a code, found a single value" },
        { "input/topics/alpha.md", "related: [beta]", "aliases: [../../etc/passwd]", "input/topics/alpha.md:7:11: error HL0104", "alias '../../etc/passwd' is not a path on this site" },
        { "input/topics/alpha.md", "related: [beta]", "tags: [anxiety, ١٢٣]", "input/topics/alpha.md:7:17: error HL0104", "tag '١٢٣' has no letters or digits to make an address from" },
        { "input/topics/alpha.md", "related: [beta]", "tags: ['!!!']", "input/topics/alpha.md:7:8: error HL0104", "tag '!!!' has no letters or digits to make an address from" },
        // An alias is a file the build writes, so it must not land on another file or inside one.
        { "input/topics/alpha.md", "related: [beta]", "aliases: [/risk/low/]", "input/topics/alpha.md:7:11: error HL0106", "alias '/risk/low/' cannot be written: risk/low/index.html is already written" },
        { "input/topics/alpha.md", "related: [beta]", "aliases: [/authors/ana-lima/]", "input/topics/alpha.md:7:11: error HL0106", "alias '/authors/ana-lima/' cannot be written: authors/ana-lima/index.html is already written" },
        { "input/topics/alpha.md", "related: [beta]", "tags: [pain]\naliases: [/tags/pain/]", "input/topics/alpha.md:8:11: error HL0106", "alias '/tags/pain/' cannot be written: tags/pain/index.html is already written" },
        { "input/topics/alpha.md", "related: [beta]", "aliases: [/topics/beta/index.html]", "input/topics/alpha.md:7:11: error HL0106", "alias '/topics/beta/index.html' cannot be written: topics/beta/index.html is already written" },
        { "input/topics/alpha.md", "related: [beta]", "aliases: [/Topics/Beta/]", "input/topics/alpha.md:7:11: error HL0106", "alias '/Topics/Beta/' cannot be written: Topics/Beta/index.html differs only in case from topics/beta/index.html" },
        { "input/topics/alpha.md", "related: [beta]", "aliases: [/sitemap.xml]", "input/topics/alpha.md:7:11: error HL0106", "alias '/sitemap.xml/' cannot be written: sitemap.xml is a file, so sitemap.xml/index.html cannot go inside it" },
        { "input/topics/alpha.md", "related: [beta]", "aliases: [/assets/site.css]", "input/topics/alpha.md:7:11: error HL0106", "alias '/assets/site.css/' is in /assets/, which holds the site's files" },
        { "input/topics/alpha.md", "related: [beta]", "aliases: [/a//b/]", "input/topics/alpha.md:7:11: error HL0104", "alias '/a//b/' is not a path on this site" },
        // A name that becomes an address becomes a file or folder name, which file systems limit to 255 bytes.
        { "input/topics/alpha.md", "related: [beta]", "slug: " + new string('a', 101), "input/topics/alpha.md:7:7: error HL0104", "slug '" + new string('a', 40) + "…' may use only a-z, 0-9 and single hyphens, at most 100 characters" },
        { "input/topics/alpha.md", "related: [beta]", "tags: [" + new string('t', 101) + "]", "input/topics/alpha.md:7:8: error HL0104", "tag '" + new string('t', 40) + "…' makes an address of 101 characters; at most 100 are allowed" },
        { "input/topics/alpha.md", "related: [beta]", "aliases: [/" + new string('o', 256) + "/]", "input/topics/alpha.md:7:11: error HL0106", "alias '/" + new string('o', 256) + "/' cannot be written: the name oooooooooooooooooooo… is longer than the 255 bytes a file system allows" },
        { "input/authors.yml", "ana-lima:", new string('a', 101) + ":\n  name: A\nana-lima:", "input/authors.yml:1:1: error HL0104", "author id '" + new string('a', 40) + "…' may use only a-z, 0-9 and -, at most 100 characters" },
        { "input/topics/alpha.md", "related: [beta]", "title: Again", "input/topics/alpha.md:7:1: error HL0005", "'title' is set twice (first on line 2)" },
        { "input/topics/alpha.md", "related: [beta]", "tags:\n\t- a", "input/topics/alpha.md:8:1: error HL0002", "this YAML cannot be read: a tab is used for indentation" },
        // YamlDotNet throws other exceptions than YamlException on these; they are syntax errors all the same.
        { "input/topics/alpha.md", "summary: The first topic.", "summary: [[The first topic.", "input/topics/alpha.md:3:10: error HL0002", "this YAML cannot be read: the text after this point does not follow YAML's rules" },
        { "input/topics/alpha.md", "title: Alpha", "title: \"\\uDC00\\uD800\"", "input/topics/alpha.md:2:6: error HL0002", "this YAML cannot be read: the text after this point does not follow YAML's rules" },
        { "input/site.yml", "title: Test Library", "...\ntitle: Test Library", "input/site.yml:1:1: error HL0002", "this YAML cannot be read: the text after this point does not follow YAML's rules" },
        // Markdig parses thousands of unclosed brackets into nested containers, then refuses to render them.
        { "input/topics/alpha.md", "See [beta](beta.md#two)", new string('[', 5000), "input/topics/alpha.md:11:1: error HL0104", "the Markdown is nested too deeply to read" },
        { "input/pages/about.md", "Hello.", "Hello.\n\n" + new string('[', 150), "input/pages/about.md:7:1: error HL0104", "the Markdown is nested too deeply to read" },
        { "input/authors.yml", "  credentials: MD", "  credentials: MD\n  fictional: maybe", "input/authors.yml:4:14: error HL0103", "fictional 'maybe' is not true or false" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nnotice: [a, b]", "input/site.yml:28:9: error HL0103", "notice must be" },
        { "input/authors.yml", "  credentials: MD", "  credentials: MD\n  bio: '" + new string('[', 5000) + "'", "input/authors.yml:4:8: error HL0104", "the bio of author 'ana-lima' is nested too deeply to read" },
        // Markdig takes quadratic time on some dense markup, so its amount is bounded, wherever it is.
        { "input/topics/alpha.md", "See [beta](beta.md#two)", string.Concat(Enumerable.Repeat("*a ", 6000)) + "\n\n" + string.Concat(Enumerable.Repeat("[x](", 6000)), "input/topics/alpha.md:13:1: error HL0104", "the Markdown has more than 10,000 markup characters (* _ [ ] ( ) | and the like) by this line" },
        { "input/site.yml", "text: General information only.", "text: '" + string.Concat(Enumerable.Repeat("| a ", 10001)) + "'", "input/site.yml:20:11: error HL0104", "the text of disclaimer 'medical' has more than 10,000 markup characters" },
        { "input/topics/alpha.md", "See [beta](beta.md#two)", "See [gamma](gama.md)", "input/topics/alpha.md:11:5: error HL0201", "link to 'gama.md' points to no topic, page or asset" },
        { "input/topics/alpha.md", "See [beta](beta.md#two)", "See [beta](beta.md#three)", "input/topics/alpha.md:11:5: error HL0202", "'#three' is not a heading in input/topics/beta.md" },
        { "input/topics/alpha.md", "See [beta](beta.md#two)", "Also, [a picture](../assets/none.png)", "input/topics/alpha.md:11:7: error HL0201", "link to '../assets/none.png' points to no topic, page or asset" },
        { "input/topics/gamma.md", "category: Conditions", "category: Conditions\nslug: alpha", "input/topics/gamma.md:6:7: error HL0106", "the topic slug 'alpha' is also used by input/topics/alpha.md" },
        { "input/topics/gamma.md", "category: Conditions", "category: Conditions\ndraft: true", "input/topics/alpha.md:11:29: error HL0201", "link to 'gamma.md' points to a draft, which is not published" },
        { "input/topics/gamma.md", "---\ntitle: Gamma", "title: Gamma", "input/topics/gamma.md:1:1: error HL0003", "the file does not start with front matter" },
        { "input/topics/gamma.md", "---\nPlain text.", "Plain text.", "input/topics/gamma.md:1:1: error HL0004", "the front matter that starts here is never closed" },
        { "input/topics/gamma.md", "title: Gamma", "title: Gamma: the third", "input/topics/gamma.md:2:13: error HL0002", "this YAML cannot be read" },
        { "input/pages/about.md", "title: About", "title: About\nslug: topics", "input/pages/about.md:3:7: error HL0106", "the slug 'topics' is taken by the site's own /topics/ pages" },
        { "input/site.yml", "title: Test Library", "title: Test Library\ncolour: blue", "input/site.yml:2:1: error HL0101", "'colour' is not a key of site.yml" },
        { "input/site.yml", "title: Test Library", "title: Test Library\nreview_interval_months: 2147483647", "input/site.yml:2:25: error HL0104", "review_interval_months must be from 1 to 1200, found 2147483647" },
        { "input/site.yml", "categories: [Treatments, Conditions]", "categories: [Treatments, Conditions, Treat-ments, Mental Health, mental-health]", "input/site.yml:16:66: error HL0107", "category 'mental-health' would share the address /categories/mental-health/ with 'Mental Health'" },
        { "input/site.yml", "base_url: https://example.org/", "base_url: example.org", "input/site.yml:3:11: error HL0104", "base_url 'example.org' is not an http or https address" },
        { "input/site.yml", "disclaimers: [supervision]", "disclaimers: [supervison]", "input/site.yml:11:19: error HL0105", "disclaimer 'supervison' is not defined in site.yml (medical, supervision, emergency)" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nnavigation:\n  scope: everything", "input/site.yml:29:10: error HL0104", "navigation scope 'everything' is not known (category, library)" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nsearch:\n  split: sometimes", "input/site.yml:29:10: error HL0104", "search split 'sometimes' is not known (auto, always, never)" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nsearch:\n  spilt: always", "input/site.yml:29:3: error HL0101", "'spilt' is not a key of search" },
        { "input/site.yml", "    label: Low risk\n", "", "input/site.yml:5:5: error HL0102", "'label' is required but missing" },
        // urgent_help: every service must be reachable, and the box must name real risk levels.
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nurgent_help: [x]", "input/site.yml:28:14: error HL0103", "urgent_help must be a set of keys, found a list" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nurgent_help:\n  title: Help", "input/site.yml:29:3: error HL0102", "'services' is required but missing" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nurgent_help:\n  services:\n    - phone: \"999\"", "input/site.yml:30:7: error HL0102", "'name' is required but missing" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nurgent_help:\n  services:\n    - { name: Samaritans }", "input/site.yml:30:7: error HL0102", "service 'Samaritans' has no phone number" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nurgent_help:\n  services:\n    - { name: Samaritans, phone: 116 SAM }", "input/site.yml:30:34: error HL0104", "phone '116 SAM' is not a phone number: use digits, spaces and + - ( ) only" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nurgent_help:\n  services:\n    - { name: Samaritans, phone: \"116 123\", url: www.samaritans.org }", "input/site.yml:30:50: error HL0104", "service url 'www.samaritans.org' is not an http or https address" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nurgent_help:\n  services:\n    - { name: A, phone: \"1\", email: a@b }", "input/site.yml:30:30: error HL0101", "'email' is not a key of a service" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nurgent_help:\n  services:\n    - { name: A, phone: \"1\" }\n  show_on: [high, severe]", "input/site.yml:31:19: error HL0105", "show_on 'severe' is not a risk level (low, moderate, high)" },
        // Care cards: a kind that does not exist, a card left open, a stray fence, and a broken link inside a card.
        { "input/topics/alpha.md", "See [beta](beta.md#two) and [gamma](gamma.md).", "::: urgant\nSee [beta](beta.md#two) and [gamma](gamma.md).\n:::", "input/topics/alpha.md:11:5: error HL0401", "'urgant' is not a kind of care card (non-urgent, urgent, immediate, warning, inset, do, dont)" },
        { "input/topics/alpha.md", "See [beta](beta.md#two)", "::: immediate\nSee [beta](beta.md#two)", "input/topics/alpha.md:11:1: error HL0402", "the care card '::: immediate' opened here is never closed" },
        { "input/topics/alpha.md", "See [beta](beta.md#two)", ":::\nSee [beta](beta.md#two)", "input/topics/alpha.md:11:1: error HL0401", "this ':::' closes no care card, so it opens one without a kind" },
        { "input/topics/alpha.md", "See [beta](beta.md#two)", "::: do\n- See [gamma](gama.md)\n:::\n\nSee [beta](beta.md#two)", "input/topics/alpha.md:12:7: error HL0201", "link to 'gama.md' points to no topic, page or asset" },
        { "input/topics/alpha.md", "related: [beta]", "urgent_help: true", "input/topics/alpha.md:7:14: error HL0104", "urgent_help is true, but site.yml has no urgent_help services to show" },
        // Markdown in settings is rendered with every page, so it is checked at load like a topic's body.
        { "input/site.yml", "text: General information only.", "text: '" + string.Concat(Enumerable.Repeat("> ", 1000)) + "x'", "input/site.yml:20:11: error HL0104", "the text of disclaimer 'medical' is nested too deeply to read" },
        { "input/authors.yml", "  credentials: MD", "  credentials: MD\n  bio: '" + string.Concat(Enumerable.Repeat("- ", 1000)) + "x'", "input/authors.yml:4:8: error HL0104", "the bio of author 'ana-lima' is nested too deeply to read" },
        { "input/authors.yml", "  name: Ana Lima\n", "", "input/authors.yml:2:3: error HL0102", "'name' is required but missing" },
        // The icon and shared pictures are files of assets/, checked like links.
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nicon: assets/icon.svg", "input/site.yml:28:7: error HL0201", "icon 'assets/icon.svg' is not a file of the library" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nicon: assets/icon.gif", "input/site.yml:28:7: error HL0104", "icon 'assets/icon.gif' is not one of .svg, .png" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\nimage: ../share.png", "input/site.yml:28:8: error HL0104", "image '../share.png' is not a file of assets/" },
        { "input/site.yml", "default_disclaimers: [medical]", "default_disclaimers: [medical]\npublisher:\n  url: ftp://example.org/", "input/site.yml:29:8: error HL0104", "publisher url 'ftp://example.org/' is not an http or https address" },
        { "input/topics/alpha.md", "related: [beta]", "image: assets/alpha.png", "input/topics/alpha.md:7:8: error HL0201", "image 'assets/alpha.png' is not a file of the library" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_mistake_gives_one_error_at_its_place(string file, string find, string replace, string where, string message)
    {
        var files = SiteText.Parse(Sites.Small);
        Assert.Contains(find, files[file]);
        files[file] = files[file].Replace(find, replace);

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded, "the build should have failed");
        var errors = build.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Equal($"{where}: {message}", error.ToString()[..Math.Min(error.ToString().Length, where.Length + 2 + message.Length)]);
    }

    [Theory]
    [InlineData("input/site.yml", "input/site.yml: error HL0001: site.yml is missing")]
    [InlineData("input/authors.yml", "input/authors.yml: error HL0001: authors.yml is missing")]
    public void A_missing_settings_file_is_named(string file, string expected)
    {
        var files = SiteText.Parse(Sites.Small);
        files.Remove(file);

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        Assert.Contains(expected, build.Lines);
    }

    [Fact]
    public void Without_a_categories_list_two_spellings_of_one_category_are_refused()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/site.yml"] = files["input/site.yml"].Replace("categories: [Treatments, Conditions]\n", "");
        files["input/topics/gamma.md"] = files["input/topics/gamma.md"].Replace("category: Conditions", "category: treatments");

        var build = TestBuild.Run(files);

        var error = Assert.Single(build.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("input/topics/gamma.md:5:11: error HL0106: category 'treatments' would share the address /categories/treatments/ with 'Treatments'", error.ToString());
    }

    [Fact]
    public void A_dozen_mistakes_are_all_reported_in_one_run_each_at_its_line()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/topics/alpha.md"] = """
            ---
            title: Alpha
            summary: The first topic.
            risk: medium
            category: Treatment
            author: nobody
            related: [delta]
            publishd: 2024-01-01
            updated: yesterday
            order: x
            tags: one
            ---
            ## One

            See [beta](beta.md#nowhere) and [gone](gone.md).
            Also [up](../../outside.md).
            """ + "\n";
        files["input/topics/gamma.md"] = files["input/topics/gamma.md"].Replace("risk: moderate", "risk: moderate\ndisclaimers: [nope]\ndraft: perhaps");
        files["input/topics/beta.md"] = files["input/topics/beta.md"].Replace("category: Treatments", "category: Treatments\nslug: gamma");

        var build = TestBuild.Run(files);

        var places = build.Diagnostics.Select(d => $"{d.Location}:{d.Code}").ToList();
        string[] expected =
        [
            "input/topics/alpha.md:4:7:HL0105", "input/topics/alpha.md:5:11:HL0105", "input/topics/alpha.md:6:9:HL0105",
            "input/topics/alpha.md:8:1:HL0101", "input/topics/alpha.md:9:10:HL0104", "input/topics/alpha.md:10:8:HL0103",
            "input/topics/alpha.md:11:7:HL0103", "input/topics/gamma.md:5:15:HL0105", "input/topics/gamma.md:6:8:HL0103",
            "input/topics/gamma.md:1:1:HL0106", "input/topics/alpha.md:15:5:HL0202", "input/topics/alpha.md:15:33:HL0201", "input/topics/alpha.md:16:6:HL0201",
        ];
        foreach (var place in expected)
        {
            Assert.Contains(place, places);
        }

        Assert.True(places.Count >= 10, string.Join("\n", build.Lines));
    }
}
