namespace HealthLibrary.Tests.Support;

/// <summary>A site written as one string (<see cref="SiteText"/>) put on disk in a temporary folder, removed on dispose.</summary>
public sealed class SiteFolder : IDisposable
{
    public SiteFolder(string siteText)
    {
        Write(siteText);
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("healthlib-site-").FullName;

    public string Input => System.IO.Path.Combine(Root, "input");

    /// <summary>The full path of a file named as in the site text, e.g. <c>input/topics/alpha.md</c>.</summary>
    public string Path(string name) => System.IO.Path.Combine(Root, name);

    public void Write(string siteText)
    {
        foreach (var (name, text) in SiteText.Parse(siteText))
        {
            Write(name, text);
        }
    }

    public void Write(string name, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(name))!);
        File.WriteAllText(Path(name), text);
    }

    public string Read(string name) => File.ReadAllText(Path(name));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
