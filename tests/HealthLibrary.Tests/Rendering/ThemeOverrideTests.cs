using System.Text.RegularExpressions;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>The override README shows theme authors builds, and does what README says it does.</summary>
public sealed partial class ThemeOverrideTests
{
    [Fact]
    public void The_worked_example_in_readme_builds_and_wraps_the_themes_badge()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var example = WorkedExample().Match(readme);
        Assert.True(example.Success, "README has no worked example of an override");
        var files = SiteText.Parse(Sites.Small);
        files[example.Groups["path"].Value] = example.Groups["template"].Value;

        var build = TestBuild.Run(files).AssertSucceeded();

        var wrapper = build.Document("topics/beta/index.html").QuerySelector("p.site-risk")!;
        Assert.StartsWith("Risk level: ", wrapper.TextContent, StringComparison.Ordinal);
        Assert.Equal("high", wrapper.QuerySelector("a.risk-badge")!.GetAttribute("data-risk"));
    }

    [GeneratedRegex("### Worked example.*?```\\n(?<path>input/layouts/[^\\n]+\\.sbn)\\n```\\n\\n```scriban\\n(?<template>.*?)```", RegexOptions.Singleline)]
    private static partial Regex WorkedExample();
}
