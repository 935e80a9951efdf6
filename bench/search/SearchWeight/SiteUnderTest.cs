namespace HealthLibrary.Bench.SearchWeight;

/// <summary>One built site to measure: a label for the table, its folder, the search page's path, and a common and a rare word.</summary>
public sealed record SiteUnderTest(string Label, string Folder, string SearchPath, string CommonWord, string RareWord)
{
    /// <summary>"label;folder;/search/;ketamine;zonvenzon".</summary>
    public static SiteUnderTest Parse(string text)
    {
        var parts = text.Split(';');
        if (parts.Length != 5)
        {
            throw new ArgumentException($"--site wants label;folder;search-path;common-word;rare-word, not '{text}'");
        }

        return new SiteUnderTest(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }
}
