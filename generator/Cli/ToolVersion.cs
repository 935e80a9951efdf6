using System.Reflection;

namespace HealthLibrary.Cli;

/// <summary>What <c>healthlib --version</c> says: the package version and the commit it was built from.</summary>
public static class ToolVersion
{
    private static readonly string Informational =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>"0.1.0" of "0.1.0+4f2c...": the version a package and `dotnet tool install --version` use.</summary>
    public static string Package => Informational.Split('+')[0];

    /// <summary>The commit the SDK recorded (SourceRevisionId), or null for a build outside git.</summary>
    public static string? Commit => Informational.Split('+') is [_, var commit, ..] && commit.Length > 0 ? commit : null;

    /// <summary>"healthlib 0.1.0 (commit 4f2c1a9e...)".</summary>
    public static string Describe() => Commit is { } commit ? $"healthlib {Package} (commit {commit})" : $"healthlib {Package}";
}
