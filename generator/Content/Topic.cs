using HealthLibrary.Configuration;
using HealthLibrary.Content.Citations;
using HealthLibrary.Diagnostics;
using HealthLibrary.Yaml;

namespace HealthLibrary.Content;

/// <summary>
/// One health topic: its validated front matter and parsed body (stage 1 output). References are in citation order:
/// an entry's number is its position plus one. Its risk level and disclaimers are resolved against site.yml when it
/// is read; <see cref="Risk"/> is null only on a topic whose risk: is missing or unknown, an error that stops the
/// build before anything is rendered.
/// </summary>
public sealed record Topic(
    string SourcePath,
    string DisplayPath,
    string Slug,
    string Title,
    string Summary,
    RiskLevel? Risk,
    string Category,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> HealthRisks,
    DisclaimerSet Disclaimers,
    string? AuthorId,
    string? ReviewerId,
    DateOnly? Published,
    DateOnly? Updated,
    DateOnly? LastReviewed,
    int? Order,
    IReadOnlyList<Located<string>> Related,
    IReadOnlyList<Reference> References,
    IReadOnlyList<Located<string>> Aliases,
    bool Draft,
    MarkdownBody Body,
    SourceLocation SlugLocation,
    SourceLocation CategoryLocation = default)
    : WrittenPage(SourcePath, DisplayPath, Slug, Title, Updated, Aliases, Draft, Body, SlugLocation)
{
    /// <summary>Clinical codes the topic is about, for links from other health systems and the page's structured data.</summary>
    public IReadOnlyList<Codes.ClinicalCode> Codes { get; init; } = [];
    /// <summary>Whether the page shows the urgent-help box after its summary: its risk level is in show_on, or its front matter says so.</summary>
    public bool ShowsUrgentHelp { get; init; }

    /// <summary>The page type from front matter or, failing that, from the category; null when neither gives one.</summary>
    public string? TypeId { get; init; }

    /// <summary>Where the title was written, for problems found across files.</summary>
    public SourceLocation TitleLocation { get; init; }

    /// <summary>Where each synonym was written, in the order of <see cref="Synonyms"/>.</summary>
    public IReadOnlyList<SourceLocation> SynonymLocations { get; init; } = [];
}
