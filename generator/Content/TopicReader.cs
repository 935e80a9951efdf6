using System.Text.RegularExpressions;
using HealthLibrary.Configuration;
using HealthLibrary.Content.Citations;
using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content;

/// <summary>Stage 1 for one topic file: front matter checked against the content model, body parsed.</summary>
public sealed partial class TopicReader(SiteConfig config, IReadOnlyDictionary<string, Author> authors, MarkdownSyntax markdown, DateOnly today)
{
    private readonly UrgentHelpMention _mentions = new(config.UrgentHelp);

    public const int MaxTitleLength = 120;
    public const int MaxSummaryLength = 300;

    /// <summary>Search engines cut meta descriptions at about this many characters.</summary>
    public const int MetaDescriptionLength = 160;

    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "summary", "risk", "category", "tags", "synonyms", "health_risks", "disclaimers", "author",
        "reviewed_by", "published", "updated", "last_reviewed", "order", "related", "references", "aliases",
        "draft", "slug", "codes", "urgent_help", "type", "image",
    ];

    public Topic? Read(string path, string display, string text, DiagnosticBag diagnostics)
    {
        if (FrontMatter.ReadMapping(text, display, "title:, summary:, risk: and category:", diagnostics) is not { } read)
        {
            return null;
        }

        var (mapping, split) = read;

        var reader = new YamlMappingReader(mapping, diagnostics);
        reader.RejectUnknownKeys(Keys, "a topic's front matter");

        var title = reader.String("title", required: true, MaxTitleLength);
        var summary = reader.String("summary", required: true, MaxSummaryLength);
        if (summary == TopicScaffold.SummaryPlaceholder)
        {
            // 'healthlib new topic' writes this placeholder; published as it is, "TODO" would show in listings and search results.
            diagnostics.Warning(
                DiagnosticCode.Placeholder,
                reader.ValueLocation("summary"),
                "summary is still the placeholder that 'new topic' wrote",
                "write one or two plain sentences saying what this topic covers and who it is for");
        }
        else if (summary is { Length: > MetaDescriptionLength })
        {
            diagnostics.Warning(
                DiagnosticCode.SummaryTooLong,
                reader.ValueLocation("summary"),
                $"summary is {summary.Length} characters; search engines cut descriptions after about {MetaDescriptionLength}",
                "put the most important words first, or shorten it");
        }

        var risk = ReadRisk(reader);
        var category = ReadCategory(reader);
        var disclaimers = SiteConfigReader.ReadDisclaimerIds(reader, "disclaimers", config.Disclaimers);
        var author = ReadPerson(reader, "author");
        var reviewer = ReadPerson(reader, "reviewed_by");
        var lastReviewed = reader.Date("last_reviewed");
        if (lastReviewed is { } reviewed && config.ReviewDue(reviewed) is { } due && due < today)
        {
            diagnostics.Warning(
                DiagnosticCode.ReviewOverdue,
                reader.ValueLocation("last_reviewed"),
                $"review is overdue: last reviewed {reviewed:yyyy-MM-dd}, due {due:yyyy-MM-dd}",
                "have the topic reviewed and update last_reviewed");
        }

        var slug = ReadSlug(reader, path);
        var body = markdown.Parse(split.Body, display, diagnostics);
        var references = CitationOrder.Apply(ReferenceReader.Read(reader, today), body.Citations, display, diagnostics);
        var draft = reader.Boolean("draft") ?? false;
        var urgentHelp = ReadUrgentHelp(reader, risk);
        var (type, typeLocation) = ReadType(reader, category);
        var synonyms = reader.LocatedStringList("synonyms");
        var topic = new Topic(
            path,
            display,
            slug ?? "",
            title ?? "",
            summary ?? "",
            risk,
            category ?? "",
            ReadTags(reader),
            synonyms.Select(synonym => synonym.Value).ToList(),
            reader.StringList("health_risks"),
            DisclaimerSet.For(config, risk, disclaimers),
            author,
            reviewer,
            reader.Date("published"),
            reader.Date("updated"),
            lastReviewed,
            reader.Integer("order"),
            ReadRelated(reader),
            references,
            ReadAliases(reader),
            draft,
            body,
            reader.Node("slug")?.Location ?? new SourceLocation(display, 1, 1),
            reader.ValueLocation("category"))
        {
            Codes = Codes.ClinicalCodeReader.Read(reader),
            ShowsUrgentHelp = urgentHelp ?? false,
            TypeId = type?.Id,
            TitleLocation = reader.ValueLocation("title"),
            SynonymLocations = synonyms.Select(synonym => synonym.Location).ToList(),
            Image = AssetReference.Read(reader, "image"),
        };

        if (type is not null && !draft)
        {
            PageSections.Check(type, topic.Body.Headings, typeLocation, diagnostics);
        }

        if (urgentHelp is null && !draft)
        {
            WarnAboutUrgentWords(reader, split.Body, title, summary, display, diagnostics);
        }

        MarkdownSyntax.WarnAboutTopLevelHeadings(topic.Body, display, diagnostics);
        // A topic with mistakes is still returned, so links to it do not add false errors elsewhere;
        // its errors fail the build before anything is rendered.
        return topic.Slug.Length == 0 ? null : topic;
    }

    /// <summary>
    /// Whether the topic shows the urgent-help box: what its front matter says, else whether its risk level is in
    /// show_on; null when neither puts it there and the writer has not decided (so check may ask).
    /// </summary>
    private bool? ReadUrgentHelp(YamlMappingReader reader, RiskLevel? risk)
    {
        var chosen = reader.Boolean("urgent_help");
        if (chosen is true && config.UrgentHelp is null)
        {
            reader.Diagnostics.Error(
                DiagnosticCode.InvalidValue,
                reader.ValueLocation("urgent_help"),
                "urgent_help is true, but site.yml has no urgent_help services to show",
                "add urgent_help: with its services to site.yml (see README, \"Urgent help\")");
            return false;
        }

        return chosen ?? (risk is not null && config.UrgentHelp?.ShownFor(risk.Id) == true ? true : null);
    }

    /// <summary>The topic's page type: its own <c>type:</c>, else its category's; with where a missing section is reported.</summary>
    private (PageType? Type, SourceLocation Location) ReadType(YamlMappingReader reader, string? category)
    {
        if (reader.String("type") is { } id)
        {
            var location = reader.ValueLocation("type");
            return PageTypesReader.Resolve(new Located<string>(id, location), config.PageTypes, reader.Diagnostics) is { } own ? (config.PageTypes[own], location) : (null, location);
        }

        return category is not null && config.CategoryTypes.TryGetValue(category, out var inherited)
            ? (config.PageTypes[inherited], reader.ValueLocation("category"))
            : (null, default);
    }

    /// <summary>Warns when a topic without the box uses one of urgent_help's keywords (suicide, overdose): a reader in danger needs the numbers.</summary>
    private void WarnAboutUrgentWords(YamlMappingReader reader, string body, string? title, string? summary, string display, DiagnosticBag diagnostics)
    {
        SourceLocation location;
        string keyword;
        if (_mentions.Find(body) is { } inBody)
        {
            var lineStart = body.LastIndexOf('\n', Math.Max(0, inBody.Index - 1)) + 1;
            var line = 1 + body.AsSpan(0, lineStart).Count('\n');
            location = new SourceLocation(display, line, inBody.Index - lineStart + 1);
            keyword = inBody.Keyword;
        }
        else if ((summary is null ? null : _mentions.Find(summary)) is { } inSummary)
        {
            (location, keyword) = (reader.ValueLocation("summary"), inSummary.Keyword);
        }
        else if ((title is null ? null : _mentions.Find(title)) is { } inTitle)
        {
            (location, keyword) = (reader.ValueLocation("title"), inTitle.Keyword);
        }
        else
        {
            return;
        }

        diagnostics.Warning(
            DiagnosticCode.UrgentWordsWithoutHelp,
            location,
            $"this topic mentions '{keyword}' but does not show the urgent-help box",
            "add urgent_help: true to the front matter, so readers in danger see where to get help; urgent_help: false says you have decided against it");
    }

    /// <summary>The slug from front matter, or from the file name; null (with a diagnostic) when neither is valid.</summary>
    public static string? ReadSlug(YamlMappingReader reader, string path)
    {
        if (reader.String("slug") is { } slug)
        {
            if (Slugs.IsValid(slug))
            {
                return slug;
            }

            reader.Diagnostics.Error(DiagnosticCode.InvalidValue, reader.ValueLocation("slug"), $"slug '{Slugs.Abbreviate(slug)}' may use only a-z, 0-9 and single hyphens, at most {Slugs.MaxLength} characters", $"for example '{Slugs.Abbreviate(Slugs.FromName(slug))}'");
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(path);
        if (Slugs.IsValid(name))
        {
            return name;
        }

        reader.Diagnostics.Error(
            DiagnosticCode.InvalidValue,
            new SourceLocation(reader.Location.File, 1, 1),
            $"the file name '{Slugs.Abbreviate(name)}' cannot be an address: use only a-z, 0-9 and hyphens, at most {Slugs.MaxLength} characters",
            $"rename the file to '{Slugs.Abbreviate(Slugs.FromName(name))}.md' or set slug: in the front matter");
        return null;
    }

    /// <summary>Old site paths that should lead here; they must stay inside the site.</summary>
    public static IReadOnlyList<Located<string>> ReadAliases(YamlMappingReader reader)
    {
        var aliases = new List<Located<string>>();
        foreach (var alias in reader.LocatedStringList("aliases"))
        {
            var value = alias.Value;
            if (!AliasPattern().IsMatch(value) || value.Split('/').Any(segment => segment is "." or ".."))
            {
                reader.Diagnostics.Error(
                    DiagnosticCode.InvalidValue,
                    alias.Location,
                    $"alias '{value}' is not a path on this site",
                    "write it as a path from the site's root, for example /old/name/");
                continue;
            }

            aliases.Add(alias with { Value = value.EndsWith('/') || value.EndsWith(".html", StringComparison.Ordinal) ? value : value + "/" });
        }

        return aliases;
    }

    /// <summary>Tags, each of which must make an address for its tag page.</summary>
    private static IReadOnlyList<string> ReadTags(YamlMappingReader reader)
    {
        var tags = new List<string>();
        foreach (var tag in reader.LocatedStringList("tags"))
        {
            if (Slugs.AddressProblem(tag.Value) is { } problem)
            {
                reader.Diagnostics.Error(
                    DiagnosticCode.InvalidValue,
                    tag.Location,
                    $"tag '{Slugs.Abbreviate(tag.Value)}' {problem}",
                    $"a tag's page is /tags/<name>/, made of a-z and 0-9: at least one, at most {Slugs.MaxLength}");
                continue;
            }

            tags.Add(tag.Value);
        }

        return tags;
    }

    /// <summary>The risk level risk: names, resolved once here so no later stage looks the id up again.</summary>
    private RiskLevel? ReadRisk(YamlMappingReader reader)
    {
        var risk = reader.String("risk", required: true);
        if (risk is null)
        {
            return null;
        }

        if (config.FindRisk(risk) is { } level)
        {
            return level;
        }

        var known = config.RiskLevels.Select(level => level.Id).ToList();
        reader.Diagnostics.Error(
            DiagnosticCode.UnknownReference,
            reader.ValueLocation("risk"),
            $"risk '{risk}' is not a risk level ({SiteConfigReader.Known(known)})",
            SpellingSuggestion.Hint(risk, known));
        return null;
    }

    private string? ReadCategory(YamlMappingReader reader)
    {
        var category = reader.String("category", required: true);
        if (category is null || config.Categories is null)
        {
            if (category is not null && Slugs.AddressProblem(category) is { } problem)
            {
                reader.Diagnostics.Error(DiagnosticCode.InvalidValue, reader.ValueLocation("category"), $"category '{Slugs.Abbreviate(category)}' {problem}");
                return null;
            }

            return category;
        }

        if (config.Categories.Contains(category, StringComparer.Ordinal))
        {
            return category;
        }

        reader.Diagnostics.Error(
            DiagnosticCode.UnknownReference,
            reader.ValueLocation("category"),
            $"category '{category}' is not one of the site's categories ({SiteConfigReader.Known(config.Categories)})",
            SpellingSuggestion.Hint(category, config.Categories) ?? "add it to categories in site.yml, or pick one of these");
        return null;
    }

    private string? ReadPerson(YamlMappingReader reader, string key)
    {
        var id = reader.String(key);
        if (id is null || authors.ContainsKey(id))
        {
            return id;
        }

        reader.Diagnostics.Error(
            DiagnosticCode.UnknownReference,
            reader.ValueLocation(key),
            $"{key} '{id}' is not in authors.yml ({SiteConfigReader.Known(authors.Keys.Order(StringComparer.Ordinal))})",
            SpellingSuggestion.Hint(id, authors.Keys) ?? "add the person to authors.yml");
        return null;
    }

    private static IReadOnlyList<Located<string>> ReadRelated(YamlMappingReader reader)
    {
        var related = new List<Located<string>>();
        foreach (var slug in reader.LocatedStringList("related"))
        {
            var value = slug.Value.EndsWith(".md", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(slug.Value) : slug.Value;
            related.Add(slug with { Value = value });
        }

        return related;
    }

    /// <summary>A path from the site's root; no empty segment, as a disk would merge "a//b" into "a/b".</summary>
    [GeneratedRegex(@"^/(?:[A-Za-z0-9._~\-]+/)*[A-Za-z0-9._~\-]*$")]
    private static partial Regex AliasPattern();
}
