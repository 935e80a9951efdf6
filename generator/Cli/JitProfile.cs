using System.Runtime;
using HealthLibrary.Output;

namespace HealthLibrary.Cli;

/// <summary>
/// The runtime's multicore JIT: each command records which methods it compiled, in the user's cache folder, and the
/// next run of that command compiles them on another core ahead of their first call.
/// </summary>
/// <remarks>
/// healthlib compiles every method once, optimised (see the project file), and a build's first second is mostly that,
/// on one core while the other waits: the settings, the theme and the first topics each need their code first. With
/// the profile a 10,000-topic build took 7.5 s where it took 8.2 s (bench/README.md). The first run of a command on a
/// machine records the profile and gains nothing; a profile that cannot be written or read, or that a newer healthlib
/// no longer matches, only costs that gain (the runtime checks each method's module).
/// </remarks>
public static class JitProfile
{
    private static readonly string[] Commands = ["build", "check", "serve", "new", "init"];

    /// <summary>Starts recording, and replaying the last recording, for the command <paramref name="args"/> run.</summary>
    public static void Start(string[] args)
    {
        if (args is not [var command, ..] || !Commands.Contains(command) || UserCacheFolder.Of("jit") is not { } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return;
        }

        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile($"{command}.jitprofile");
    }
}
