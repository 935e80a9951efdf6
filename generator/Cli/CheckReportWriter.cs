using System.Text.Encodings.Web;
using System.Text.Json;
using HealthLibrary.Diagnostics;
using HealthLibrary.Review;
using Spectre.Console;

namespace HealthLibrary.Cli;

/// <summary>Writes <c>check</c>'s report: tables in a terminal, plain lines in a pipe, or one JSON document for machines.</summary>
public static class CheckReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // The document goes to a terminal or a file, never into HTML; quotes and accents can stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(CheckReport report, string input, bool succeeded) => JsonSerializer.Serialize(
        new
        {
            input,
            succeeded,
            topics = report.Topics,
            errors = report.Errors,
            warnings = report.Warnings,
            diagnostics = report.Diagnostics.Select(d => new
            {
                file = d.File,
                line = d.Line,
                column = d.Column,
                severity = d.Severity == Severity.Error ? "error" : "warning",
                code = d.Code,
                message = d.Message,
                hint = d.Hint,
            }),
            to_fill_in = report.ToFillIn.Select(p => new { file = p.Location.File, line = p.Location.Line, column = p.Location.Column, text = p.Text }),
            reviews = report.Reviews.Select(r => new { file = r.File, title = r.Title, last_reviewed = Iso(r.LastReviewed), due = Iso(r.Due), status = r.Status }),
            without_references = report.WithoutReferences.Select(t => new { file = t.File, title = t.Title }),
            without_doi_or_pmid = report.WithoutDoiOrPmid.Select(t => new { file = t.File, title = t.Title, references = t.References, of = t.Total }),
            without_codes = report.WithoutCodes.Select(t => new { file = t.File, title = t.Title }),
            addresses = report.Addresses.Select(a => new { file = a.Location.File, line = a.Location.Line, column = a.Location.Column, url = a.Url, problem = a.Problem }),
            readability = new
            {
                max_grade = report.MaxGrade,
                topics = report.Readability.Select(r => new
                {
                    file = r.File,
                    title = r.Title,
                    sentences = r.Figures.Sentences,
                    words = r.Figures.Words,
                    syllables = r.Figures.Syllables,
                    polysyllables = r.Figures.Polysyllables,
                    flesch_kincaid_grade = Math.Round(r.Figures.FleschKincaidGrade, 2),
                    smog_grade = Math.Round(r.Figures.SmogGrade, 2),
                    above_max_grade = r.AboveLimit,
                }),
            },
        },
        Json);

    /// <summary>The report's sections after the diagnostics: tables when <paramref name="console"/> is a terminal, plain lines otherwise.</summary>
    public static void WriteText(CheckReport report, IAnsiConsole console, bool interactive)
    {
        Section(console, interactive, "Still to fill in (marked TODO:)", ["where", "what"],
            report.ToFillIn.Select(p => new[] { p.Location.ToString(), p.Text }));
        Section(console, interactive, $"Reviews overdue or due within {CheckReport.DueSoonDays} days", ["status", "due", "last reviewed", "file", "title"],
            report.Reviews.Select(r => new[] { r.Status, Iso(r.Due) ?? "-", Iso(r.LastReviewed) ?? "-", r.File, r.Title }));
        Section(console, interactive, "Topics without references", ["file", "title"],
            report.WithoutReferences.Select(t => new[] { t.File, t.Title }));
        Section(console, interactive, "References without DOI or PMID (for editors: find them on PubMed)", ["file", "without", "title"],
            report.WithoutDoiOrPmid.Select(t => new[] { t.File, $"{t.References.Count} of {t.Total}", t.Title }));
        Section(console, interactive, "Topics without clinical codes (for editors: portals link by code)", ["file", "title"],
            report.WithoutCodes.Select(t => new[] { t.File, t.Title }));
        Section(console, interactive, "Addresses that are not web addresses (nothing was fetched)", ["where", "address", "problem"],
            report.Addresses.Select(a => new[] { a.Location.ToString(), a.Url, a.Problem }));
        var limit = report.MaxGrade is { } max ? $"max_grade {CheckReportBuilder.Limit(max)}" : "no max_grade set";
        Section(console, interactive, $"Readability: school grades, Flesch–Kincaid and SMOG ({limit})", ["FK", "SMOG", "words", "file", "title", ""],
            report.Readability.Select(r => new[]
            {
                CheckReportBuilder.Grade(r.Figures.FleschKincaidGrade), CheckReportBuilder.Grade(r.Figures.SmogGrade),
                r.Figures.Words.ToString(System.Globalization.CultureInfo.InvariantCulture), r.File, r.Title, r.AboveLimit ? "above the limit" : "",
            }));
    }

    private static void Section(IAnsiConsole console, bool interactive, string title, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (!interactive)
        {
            console.WriteLine($"{title}: {(list.Count == 0 ? "none" : list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            foreach (var row in list)
            {
                console.WriteLine("  " + string.Join("  ", row.Where(cell => cell.Length > 0)));
            }

            return;
        }

        if (list.Count == 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(title)}[/]: none");
            return;
        }

        // Writers' text goes in as Text, never as markup: a '[' in a title must stay a bracket.
        var table = new Table { Title = new TableTitle(title, new Style(decoration: Decoration.Bold)) }.Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        foreach (var row in list)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
        }

        console.Write(table);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
