using HealthLibrary.Rendering;

namespace HealthLibrary.Tests.Rendering;

/// <summary>Template nesting is measured as Handlebars would nest it, so only what could break its compiler is refused.</summary>
public sealed class TemplateNestingTests
{
    [Theory]
    [InlineData("<p>{{title}}</p>", 0)]
    [InlineData("{{#if a}}{{#each b}}{{c}}{{/each}}{{/if}}", 2)]
    [InlineData("{{#if a}}x{{else}}y{{/if}}{{#if b}}z{{/if}}", 1)]
    [InlineData("{{#if a}}{{else if b}}{{else if c}}{{/if}}", 3)]
    [InlineData("{{~#if a~}}{{^b}}{{/b}}{{~/if~}}", 2)]
    [InlineData("{{lookup (lookup (lookup a 'b') 'c') 'd'}}", 2)]
    [InlineData("{{!-- {{#if a}}{{#if b}} --}}{{#if c}}{{/if}}", 1)]
    [InlineData("{{{{raw}}}}{{#if a}}{{#if b}}{{{{/raw}}}}", 0)]
    [InlineData("{{#if a}}{{#if b}}", 2)]
    public void Depth_counts_blocks_else_if_chains_and_subexpressions(string template, int depth)
    {
        Assert.Equal(depth, TemplateNesting.Depth(template));
    }

    [Fact]
    public void The_default_theme_is_far_below_the_limit()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.Repository.DefaultTheme, "templates"), "*.hbs", SearchOption.AllDirectories))
        {
            Assert.True(TemplateNesting.Depth(File.ReadAllText(file)) < 10, file);
        }
    }
}
