using System.CommandLine;
using HealthLibrary.Configuration;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;

namespace HealthLibrary.Cli;

/// <summary><c>new topic "Title"</c>: writes a topic file with every front-matter key, ready to fill in.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The topic's title, e.g. \"Ketamine and sleep\"" };
        var input = CommonOptions.Input();
        var category = new Option<string?>("--category", "-c") { Description = "One of the categories in site.yml (default: the first)" };
        var risk = new Option<string?>("--risk", "-r") { Description = "A risk level id from site.yml (default: the lowest)" };
        var topic = new Command("topic", "Write topics/<category>/<slug>.md with every front-matter key, ready to fill in") { title, input, category, risk };
        topic.SetAction(parse => RunTopic(parse.GetValue(input)!, parse.GetValue(title)!, parse.GetValue(category), parse.GetValue(risk), DateOnly.FromDateTime(DateTime.Now), ConsoleReporter.CreateDefault()));
        return new Command("new", "Start a new file in the library") { topic };
    }

    public static int RunTopic(string inputFolder, string title, string? category, string? risk, DateOnly today, ConsoleReporter reporter)
    {
        if (CommonOptions.MissingInput(inputFolder, reporter))
        {
            return ExitCode.UsageOrIo;
        }

        title = title.Trim();
        var slug = Slugs.FromName(title);
        if (slug.Length == 0)
        {
            reporter.Problem($"the title '{title}' has no letters or digits to make an address from");
            return ExitCode.UsageOrIo;
        }

        var input = new FileSystemContentSource(inputFolder);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(input, diagnostics);
        var authors = AuthorsReader.Read(input, diagnostics);
        if (config is null)
        {
            reporter.Report(diagnostics.ToSortedList());
            return ExitCode.ContentErrors;
        }

        if (title.Length > TopicReader.MaxTitleLength)
        {
            reporter.Problem($"the title is {title.Length} characters long; at most {TopicReader.MaxTitleLength} are allowed");
            return ExitCode.ContentErrors;
        }

        var level = risk is null ? config.RiskLevels[0] : config.FindRisk(risk);
        if (level is null)
        {
            var known = config.RiskLevels.Select(l => l.Id).ToList();
            reporter.Problem($"risk '{risk}' is not a risk level of this library; use one of: {string.Join(", ", known)}");
            return ExitCode.ContentErrors;
        }

        var chosen = ChooseCategory(config, category, reporter);
        if (chosen is null)
        {
            return ExitCode.ContentErrors;
        }

        var path = Path.Combine(inputFolder, ContentLoader.TopicsFolder, Slugs.FromName(chosen), slug + ".md");
        var twin = input.ListFiles(ContentLoader.TopicsFolder).FirstOrDefault(file => Path.GetFileNameWithoutExtension(file) == slug);
        if (twin is not null && Path.GetFullPath(Path.Combine(inputFolder, twin)) != Path.GetFullPath(path))
        {
            reporter.Problem($"a topic with the address '{slug}' already exists: {input.DisplayPath(twin)}; choose another title");
            return ExitCode.UsageOrIo;
        }

        var type = config.CategoryTypes.TryGetValue(chosen, out var typeId) ? config.PageTypes[typeId] : null;
        var text = TopicScaffold.Write(title, chosen, level, authors.Keys.FirstOrDefault(), today, type);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew refuses an existing file in the same step that would overwrite it.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            reporter.Problem($"{path} already exists; it was left as it was");
            return ExitCode.UsageOrIo;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"could not write {path}: {exception.Message}");
            return ExitCode.UsageOrIo;
        }

        reporter.Line($"Wrote {path}");
        return ExitCode.Success;
    }

    private static string? ChooseCategory(SiteConfig config, string? category, ConsoleReporter reporter)
    {
        if (config.Categories is not { } categories)
        {
            // The library takes any category; without one, a neutral name keeps the file buildable.
            return string.IsNullOrWhiteSpace(category) ? "General" : Slugs.FromName(category).Length > 0 ? category.Trim() : Refuse($"category '{category}' has no letters or digits to make an address from");
        }

        if (category is null)
        {
            return categories.Count > 0 ? categories[0] : Refuse("site.yml lists no categories; add one, or remove the empty categories list");
        }

        // "medicines" finds "Medicines": the writer should not have to match the case of site.yml.
        return categories.FirstOrDefault(c => string.Equals(c, category, StringComparison.OrdinalIgnoreCase) || Slugs.FromName(c) == Slugs.FromName(category))
            ?? Refuse($"category '{category}' is not one of this library's categories; use one of: {string.Join(", ", categories)}");

        string? Refuse(string message)
        {
            reporter.Problem(message);
            return null;
        }
    }
}
