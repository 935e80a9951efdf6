using System.CommandLine;

namespace HealthLibrary.Cli;

/// <summary><c>init DIR</c>: writes a new library that builds at once, into a folder that is new or empty.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The folder for the new library; it must not exist yet, or be empty" };
        var command = new Command("init", "Start a new library: settings explained, authors, an example topic of each kind, about and editorial pages, Netlify and GitHub Pages set up") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder)!, DateOnly.FromDateTime(DateTime.Now), ConsoleReporter.CreateDefault()));
        return command;
    }

    public static int Run(string folder, DateOnly today, ConsoleReporter reporter)
    {
        if (File.Exists(folder))
        {
            reporter.Problem($"{folder} is a file; give init the name of a new folder, e.g. healthlib init my-library");
            return ExitCode.UsageOrIo;
        }

        // Hidden entries count too: a folder holding only .git is someone's repository, and init never mixes its files with another's.
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).Take(4).ToList() is { Count: > 0 } found)
        {
            var names = string.Join(", ", found.Take(3).Select(Path.GetFileName)) + (found.Count > 3 ? ", ..." : "");
            reporter.Problem($"the folder {folder} is not empty (it holds {names}); init writes a new library only into a new or empty folder, so nothing of yours is overwritten or mixed in");
            return ExitCode.UsageOrIo;
        }

        var files = StarterLibrary.Files(today, ToolVersion.Package);
        try
        {
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                // CreateNew: a file that appeared since the check above is refused, not overwritten.
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"could not write the new library in {folder}: {exception.Message}");
            return ExitCode.UsageOrIo;
        }

        var topics = files.Count(file => file.Path.StartsWith("topics/", StringComparison.Ordinal));
        reporter.Line($"Wrote a new library in {folder}: {ConsoleReporter.Plural(topics, "example topic")}, settings explained in {folder}/site.yml.");
        reporter.Line($"See it as you write: healthlib serve --input {folder}");
        reporter.Line($"Then: healthlib check --input {folder} lists what is still to fill in (TODO).");
        return ExitCode.Success;
    }
}
