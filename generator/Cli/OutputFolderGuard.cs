using HealthLibrary.Output;

namespace HealthLibrary.Cli;

/// <summary>Refuses output folders a typo could point at someone's work: the input, its parents, a repository, a folder we did not write.</summary>
public static class OutputFolderGuard
{
    public static string? Problem(string input, string output)
    {
        var inputFull = Normalise(input);
        var outputFull = Normalise(output);
        if (inputFull == outputFull)
        {
            return $"the output folder {output} is the input folder";
        }

        if (inputFull.StartsWith(outputFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) || outputFull == Path.GetPathRoot(outputFull))
        {
            return $"the output folder {output} holds the input folder; a build replaces its output folder whole";
        }

        if (Directory.Exists(Path.Combine(outputFull, ".git")))
        {
            return $"the output folder {output} is a git repository";
        }

        if (outputFull.StartsWith(inputFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"the output folder {output} is inside the input folder";
        }

        if (!DirectoryOutput.IsReplaceable(outputFull))
        {
            return $"the output folder {output} has files that no earlier build wrote (it has no {DirectoryOutput.MarkerFile}); empty it or choose another folder";
        }

        return null;
    }

    private static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
