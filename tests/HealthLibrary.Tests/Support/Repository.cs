namespace HealthLibrary.Tests.Support;

/// <summary>Paths in this repository, found from the test assembly's folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    public static string TestsFolder => Path.Combine(Root, "tests", "HealthLibrary.Tests");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HealthLibrary.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("HealthLibrary.sln not found above " + AppContext.BaseDirectory);
    }
}
