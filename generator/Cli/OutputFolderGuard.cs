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

        // A hidden folder (.site, as init's netlify.toml and Pages workflow use) is no part of the library: reading,
        // watching and fingerprinting all pass it by, so the site can be built inside the repository it comes from.
        if (outputFull.StartsWith(inputFull + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.GetRelativePath(inputFull, outputFull).StartsWith('.'))
        {
            return $"the output folder {output} is inside the input folder; build outside it, or into a hidden folder such as {Path.Combine(input, ".site")}, which the library never reads";
        }

        if (!DirectoryOutput.IsReplaceable(outputFull))
        {
            return $"the output folder {output} has files that no earlier build wrote (it has no {DirectoryOutput.MarkerFile}); empty it or choose another folder";
        }

        return null;
    }

    private static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
