using System.Text.RegularExpressions;
using HealthLibrary.Rendering;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Hosting;

/// <summary>The files that make the site behave the same on any static host: headers, redirects, hashed assets.</summary>
public sealed partial class HostingFilesTests
{
    [Fact]
    public void The_build_writes_headers_redirects_and_nojekyll()
    {
        var build = TestBuild.Run(Sites.Small.Replace("title: Beta\n", "title: Beta\naliases: [/old/beta/]\n")).AssertSucceeded();

        var headers = build.Html("_headers");
        Assert.Contains("/*\n  Content-Security-Policy: " + HostingRules.ContentSecurityPolicy + "\n", headers);
        Assert.DoesNotContain("unsafe-inline", headers);
        Assert.Contains("/static/*\n  Cache-Control: public, max-age=31536000, immutable\n", headers);
        Assert.Contains("/search/index.json\n  Cache-Control: public, max-age=300, must-revalidate\n", headers);
        Assert.Contains("/search/store.json\n  Cache-Control: public, max-age=300, must-revalidate\n", headers);
        Assert.DoesNotContain("/search/*", headers);
        Assert.Equal("/old/beta/ /topics/beta/ 301!\n/old/beta /topics/beta/ 301!\n", build.Html("_redirects"));
        Assert.True(build.Output.Files.ContainsKey(".nojekyll"));
    }

    [Fact]
    public void Theme_assets_are_linked_by_content_hash_and_the_hashed_copy_is_the_same_file()
    {
        var build = TestBuild.Run(Sites.Small).AssertSucceeded();

        var stylesheet = build.Document("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/static/site\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.Equal(build.Output.Files["assets/site.css"], build.Output.Files[stylesheet.TrimStart('/')]);
    }

    [Fact]
    public void An_asset_a_template_names_that_does_not_exist_fails_the_build()
    {
        var files = SiteText.Parse(Sites.Small);
        files["input/layouts/404.sbn"] = "<h1>Gone</h1><img src=\"{{ asset \"nope.png\" }}\" alt=\"\">\n";

        var build = TestBuild.Run(files);

        Assert.False(build.Succeeded);
        Assert.Contains(build.Lines, line => line.Contains("HL0303", StringComparison.Ordinal) && line.Contains("nope.png", StringComparison.Ordinal));
    }

    [Fact]
    public void Aligned_table_columns_use_classes_not_style_attributes()
    {
        var build = TestBuild.Run(Sites.Small.Replace("Plain text.", "| a | b |\n|:-:|--:|\n| 1 | 2 |")).AssertSucceeded();

        var html = build.Html("topics/gamma/index.html");
        Assert.Contains("class=\"align-center\"", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public void Netlify_toml_sets_the_same_headers_the_build_writes()
    {
        var toml = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));

        foreach (var (name, value) in HostingRules.SecurityHeaders)
        {
            Assert.Contains($"{name} = \"{value}\"", toml);
        }

        foreach (var (path, cache) in HostingRules.CacheRules(new Model.SiteUrls(new Uri("https://example.org/"))))
        {
            Assert.Matches($"for = \"{Regex.Escape(path)}\"\\s*\\[headers.values\\]\\s*Cache-Control = \"{Regex.Escape(cache)}\"", toml);
        }

        Assert.Contains("publish = \"output\"", toml);
    }
}
