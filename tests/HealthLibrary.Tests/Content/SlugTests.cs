using HealthLibrary.Content;

namespace HealthLibrary.Tests.Content;

/// <summary>The addresses of categories and tags made from their names, as readers see them in the address bar.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("Mental Health & Wellbeing", "mental-health-wellbeing")]
    [InlineData("Médecine", "medecine")]
    [InlineData("naïve café", "naive-cafe")]
    [InlineData("Straße", "strasse")]
    [InlineData("Æther Œdema", "aether-oedema")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ärzte für Ängste", "arzte-fur-angste")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("  --Ketamine--  ", "ketamine")]
    [InlineData("日本", "")]
    public void A_name_gives_its_plain_letters_joined_by_single_hyphens(string name, string slug)
    {
        Assert.Equal(slug, Slugs.FromName(name));
        Assert.True(slug.Length == 0 || Slugs.IsValid(slug));
    }
}
