using System.CommandLine;

namespace HealthLibrary.Cli;

/// <summary>Options more than one command takes.</summary>
public static class CommonOptions
{
    public static Option<string> Input() =>
        new("--input", "-i") { Description = "The library folder (site.yml, topics/, pages/...)", DefaultValueFactory = _ => "input" };

    public static bool MissingInput(string input, ConsoleReporter reporter)
    {
        if (Directory.Exists(input))
        {
            return false;
        }

        reporter.Problem($"the input folder {input} does not exist");
        return true;
    }
}
