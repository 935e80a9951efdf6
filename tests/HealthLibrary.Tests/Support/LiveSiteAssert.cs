using HealthLibrary.Input;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Tests.Support;

/// <summary>The oracle for serve's rebuilds: a whole build of the same input folder, compared file by file, byte for byte.</summary>
public static class LiveSiteAssert
{
    public static BuildOptions Options => new() { Today = TestBuild.Today, Theme = new FileSystemContentSource(Repository.DefaultTheme, "themes/default") };

    /// <summary>Every file of <paramref name="snapshot"/> (rendering the pending ones) is what a whole build of <paramref name="input"/> writes, and no other.</summary>
    public static void SameAsWholeBuild(string input, LiveSnapshot snapshot, string because = "")
    {
        var whole = TestBuild.Run(new FileSystemContentSource(input)).AssertSucceeded().Output.Files;
        Assert.True(
            whole.Keys.Order(StringComparer.Ordinal).SequenceEqual(snapshot.Files.Keys.Order(StringComparer.Ordinal)),
            $"{because}: files only a whole build writes: {string.Join(", ", whole.Keys.Except(snapshot.Files.Keys))}; only serve: {string.Join(", ", snapshot.Files.Keys.Except(whole.Keys))}");
        foreach (var (path, bytes) in whole)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(snapshot.Find(path)!.Bytes), $"{because}: {path} differs from a whole build");
        }
    }
}
