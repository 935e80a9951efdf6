using HealthLibrary.Output;

namespace HealthLibrary.Tests.Output;

/// <summary>The test sink refuses every layout some disk would refuse, so tests fail where a real build would.</summary>
public sealed class MemoryOutputTests
{
    [Theory]
    [InlineData("a/index.html", "a/index.html")]
    [InlineData("sitemap.xml", "sitemap.xml/index.html")]
    [InlineData("a/b/index.html", "a/b")]
    [InlineData("topics/beta/index.html", "Topics/Beta/index.html")]
    [InlineData("a/index.html", "a//index.html")]
    [InlineData("a/index.html", "../index.html")]
    [InlineData("a/index.html", "/index.html")]
    public void A_second_file_that_no_disk_could_hold_beside_the_first_is_refused(string first, string second)
    {
        var output = new MemoryOutput();
        output.Write(OutputFile.Text(first, "one"));

        Assert.Throws<InvalidOperationException>(() => output.Write(OutputFile.Text(second, "two")));
    }

    [Fact]
    public void A_name_longer_than_file_systems_allow_is_refused()
    {
        var output = new MemoryOutput();
        output.Write(OutputFile.Text(new string('a', 255) + "/index.html", "fits"));

        Assert.Throws<InvalidOperationException>(() => output.Write(OutputFile.Text("topics/" + new string('é', 128) + "/index.html", "256 bytes")));
    }

    [Fact]
    public void Files_side_by_side_and_in_folders_are_kept()
    {
        var output = new MemoryOutput();
        foreach (var path in new[] { "index.html", "a/index.html", "a/b/index.html", "a.html", "b/a.html" })
        {
            output.Write(OutputFile.Text(path, path));
        }

        Assert.Equal("a/b/index.html", output.Text("a/b/index.html"));
        Assert.Equal(5, output.Files.Count);
    }
}
