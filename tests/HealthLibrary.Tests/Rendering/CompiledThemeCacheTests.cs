using HealthLibrary.Rendering;

namespace HealthLibrary.Tests.Rendering;

/// <summary>The cache of compiled themes keeps the ones in use and drops the one used longest ago.</summary>
public sealed class CompiledThemeCacheTests
{
    private static CompiledTheme Theme() => new(new Dictionary<string, Scriban.Template>(), new Dictionary<string, string>(), new Scriban.Runtime.ScriptObject());

    [Fact]
    public void A_theme_in_use_survives_a_stream_of_one_off_themes()
    {
        var cache = new CompiledThemeCache(3);
        var everyBuild = Theme();
        cache.Add("default", everyBuild);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(cache.TryGet("default", out var found));
            Assert.Same(everyBuild, found);
            cache.Add($"one-off {i}", Theme());
        }

        Assert.True(cache.TryGet("default", out _));
        Assert.True(cache.TryGet("one-off 9", out _));
        Assert.False(cache.TryGet("one-off 0", out _));
    }

    [Fact]
    public void The_key_changes_with_the_base_path_and_with_any_template_text()
    {
        (string, string, string)[] templates = [("base", "<html>{{ content }}</html>", "themes/default/templates/base.sbn")];
        var key = CompiledThemeCache.Key("/", templates);

        Assert.Equal(key, CompiledThemeCache.Key("/", templates));
        Assert.NotEqual(key, CompiledThemeCache.Key("/health/", templates));
        Assert.NotEqual(key, CompiledThemeCache.Key("/", [("base", "<html>{{ content }} </html>", "themes/default/templates/base.sbn")]));
        Assert.NotEqual(key, CompiledThemeCache.Key("/", [("base", "<html>{{ content }}</html>", "input/layouts/base.sbn")]));
    }
}
