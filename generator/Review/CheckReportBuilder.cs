using System.Globalization;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Review;

/// <summary>Builds <c>check</c>'s report from what stage 1 read; it works on a library with errors too.</summary>
public static class CheckReportBuilder
{
    /// <param name="content">Stage 1's output, or null when site.yml could not be read (the report is then the problems alone).</param>
    /// <param name="today">The date reviews are counted from.</param>
    /// <param name="loaded">The problems Load found; check's own warnings are added to them.</param>
    public static CheckReport Build(LoadedContent? content, DateOnly today, IReadOnlyList<Diagnostic> loaded)
    {
        if (content is null)
        {
            return new CheckReport(loaded, 0, [], [], [], null, []);
        }

        var topics = content.Topics.Where(topic => !topic.Draft).OrderBy(topic => topic.DisplayPath, StringComparer.Ordinal).ToList();
        var interval = content.Config.ReviewIntervalMonths;
        var maxGrade = content.Config.MaxReadingGrade;
        var warnings = new DiagnosticBag();

        var reviews = new List<ReviewDue>();
        foreach (var topic in topics)
        {
            var due = topic.LastReviewed?.AddMonths(interval);
            var status = due is null ? "not reviewed" : due < today ? "overdue" : due <= today.AddDays(CheckReport.DueSoonDays) ? "due soon" : null;
            if (status is not null)
            {
                reviews.Add(new ReviewDue(topic.DisplayPath, topic.Title, topic.LastReviewed, due, status));
            }
        }

        var uncited = topics.Where(topic => topic.References.Count == 0).Select(topic => new UncitedTopic(topic.DisplayPath, topic.Title)).ToList();

        // An error already at the same place (a 'www.' link is a broken link too) says enough.
        var errorsAt = loaded.Where(d => d.Severity == Severity.Error).Select(d => d.Location).ToHashSet();
        var addresses = new List<AddressProblem>();
        var written = topics.SelectMany(topic => topic.References.Where(r => r.Url is not null).Select(r => (r.Url!, r.UrlLocation)))
            .Concat(topics.Select(topic => (topic.DisplayPath, topic.Body)).Concat(content.Pages.Where(page => !page.Draft).Select(page => (page.DisplayPath, page.Body)))
                .SelectMany(document => document.Body.Links.Select(link => (link.Url, new SourceLocation(document.DisplayPath, link.Line, link.Column)))));
        foreach (var (url, location) in written)
        {
            if (ExternalAddresses.LooksExternal(url) && ExternalAddresses.Problem(url) is { } problem && !errorsAt.Contains(location))
            {
                addresses.Add(new AddressProblem(location, url, problem));
                warnings.Warning(DiagnosticCode.BadAddress, location, $"'{url}' is not a valid web address: {problem}", "nothing was fetched; check the address against the source");
            }
        }

        var readability = new List<TopicReadability>();
        foreach (var topic in topics)
        {
            var figures = Readability.Measure(BodyText.Paragraphs(topic.Body));
            var above = maxGrade is { } max && figures.Words > 0 && figures.FleschKincaidGrade > max;
            readability.Add(new TopicReadability(topic.DisplayPath, topic.Title, figures, above));
            if (above)
            {
                warnings.Warning(
                    DiagnosticCode.HardToRead,
                    new SourceLocation(topic.DisplayPath, BodyText.FirstLine(topic.Body), 1),
                    $"reads at grade {Grade(figures.FleschKincaidGrade)} (Flesch–Kincaid; SMOG {Grade(figures.SmogGrade)}), above the site's max_grade of {Limit(maxGrade!.Value)}",
                    "use shorter sentences and everyday words; explain a medical term the first time it appears");
            }
        }

        var diagnostics = loaded.Concat(warnings.ToSortedList())
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new CheckReport(
            diagnostics,
            topics.Count,
            reviews.OrderBy(r => r.Due ?? DateOnly.MinValue).ThenBy(r => r.File, StringComparer.Ordinal).ToList(),
            uncited,
            addresses,
            maxGrade,
            readability)
        {
            WithoutDoiOrPmid = topics
                .Select(topic => new UnidentifiedReferences(
                    topic.DisplayPath,
                    topic.Title,
                    topic.References.Where(r => r.Doi is null && r.Pmid is null).Select(r => r.Title).ToList(),
                    topic.References.Count))
                .Where(entry => entry.References.Count > 0)
                .ToList(),
            WithoutCodes = topics.Where(topic => topic.Codes.Count == 0).Select(topic => new UncodedTopic(topic.DisplayPath, topic.Title)).ToList(),
        };
    }

    /// <summary>A grade as reports show it: one decimal, invariant.</summary>
    public static string Grade(double grade) => grade.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The site's limit as written: 9, not 9.0.</summary>
    public static string Limit(double grade) => grade.ToString("0.#", CultureInfo.InvariantCulture);
}
