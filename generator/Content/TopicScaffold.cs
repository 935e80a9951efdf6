using System.Globalization;
using System.Text;
using HealthLibrary.Configuration;

namespace HealthLibrary.Content;

/// <summary>
/// The text of a new topic file (<c>healthlib new topic</c>): every front-matter key of the content model, set or
/// commented out with what it is for, and a body of sections to fill in. It builds as written; the placeholders
/// are for the writer to replace.
/// </summary>
public static class TopicScaffold
{
    /// <summary>The summary a new topic starts with; a build warns (HL0909) while it is still there.</summary>
    public const string SummaryPlaceholder = "TODO: one or two plain sentences saying what this topic covers and who it is for.";

    /// <param name="type">The category's page type, whose required and recommended sections the body starts with; null for none.</param>
    public static string Write(string title, string category, RiskLevel risk, string? authorId, DateOnly today, PageType? type = null)
    {
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var person = authorId is null ? null : Quote(authorId);
        (string Line, string Note)[] keys =
        [
            ($"title: {Quote(title)}", ""),
            ($"summary: {Quote(SummaryPlaceholder)}", "listings, search results and the meta description; at most 160 characters reads best"),
            ($"risk: {risk.Id}", $"{risk.Label}: one of the risk_levels in site.yml"),
            ($"category: {Quote(category)}", "one of the categories in site.yml"),
            ("tags: []", "words readers might look for; each gets a /tags/<tag>/ page"),
            ("synonyms: []", "other names (brand names, abbreviations), listed in the A to Z"),
            ("health_risks: []", "shown under \"Health risks\""),
            ("disclaimers: []", "ids from disclaimers in site.yml, shown after the site's and the risk level's own"),
            (person is null ? "# author: someone" : $"author: {person}", person is null ? "an id from authors.yml (it lists no one yet)" : "an id from authors.yml"),
            (person is null ? "# reviewed_by: someone" : $"reviewed_by: {person}", "an id from authors.yml: who checked the topic for accuracy"),
            ($"published: {date}", "first published, YYYY-MM-DD"),
            ($"updated: {date}", "last changed in substance"),
            ($"last_reviewed: {date}", "a review falls due review_interval_months after this"),
            ("# order: 1", "a whole number: the topic's place in previous/next order, before titles"),
            ("related: []", "slugs of other topics (their file names without .md)"),
            ("references: []", "sources, each as - { id: name2024, authors: [...], title: \"...\", journal: \"...\", year: 2024, doi: 10.NNNN/... }; cite with [@name2024]"),
            ("codes: []", "clinical codes, each as - { system: icd10cm, code: F33.2, display: \"...\" }; see README"),
            ("aliases: []", "old addresses on this site that should lead here, e.g. /old/name/"),
            ("# draft: true", "leaves the topic out of every output file until it is ready"),
            ("# slug: other-address", "a-z, 0-9 and -; by default the file name without .md"),
            ("# type: condition", type is null ? "a page type from page_types in site.yml" : $"a page type from page_types in site.yml; by default the category's ({type.Id})"),
            ("# urgent_help: true", "true shows the urgent-help box whatever the risk level; false hides it"),
            ("# image: assets/picture.png", "a file of assets/ shown when the page is shared, instead of the site's image"),
        ];
        var text = new StringBuilder("---\n");
        foreach (var (line, note) in keys)
        {
            text.Append(line).Append(note.Length == 0 ? "" : "  # " + note).Append('\n');
        }

        text.Append("---\n\n");
        text.Append("Start with two or three sentences that say what this is, in plain words.\n\n");
        var sections = type is null || type.RequiredSections.Count + type.RecommendedSections.Count == 0
            ? Sections
            : type.RequiredSections.Select(section => (section, $"Every {type.Label} page needs this section."))
                .Concat(type.RecommendedSections.Select(section => (section, $"{type.Label} pages should have this section when there is something to say.")))
                .ToArray();
        foreach (var (heading, prompt) in sections)
        {
            text.Append($"## {heading}\n\n{prompt}\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static readonly (string Heading, string Prompt)[] Sections =
    [
        ("What it is", "Explain it as you would to a friend."),
        ("Who it may help", "Say who it is for, and who should not have it."),
        ("Risks and side effects", "List the common ones first, then the rare but serious ones."),
        ("Getting help", "Say where to turn, and when to seek urgent care."),
    ];

    /// <summary>A double-quoted YAML string, so colons, quotes and leading symbols in a title stay text.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
