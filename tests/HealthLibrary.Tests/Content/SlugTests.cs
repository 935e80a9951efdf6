using HealthLibrary.Configuration;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Content;

/// <summary>The addresses of topics, categories, tags and authors made from their names, as readers see them in the address bar.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("Mental Health & Wellbeing", "mental-health-wellbeing")]
    [InlineData("Médecine", "medecine")]
    [InlineData("Médicine", "medicine")]
    [InlineData("naïve café", "naive-cafe")]
    [InlineData("Straße", "strasse")]
    [InlineData("Æther Œdema", "aether-oedema")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ærø and Øresund", "aero-and-oresund")]
    [InlineData("Ärzte für Ängste", "arzte-fur-angste")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("  --Ketamine--  ", "ketamine")]
    [InlineData("日本", "")]
    public void A_name_gives_its_plain_letters_joined_by_single_hyphens(string name, string slug)
    {
        Assert.Equal(slug, Slugs.FromName(name));
        Assert.True(slug.Length == 0 || Slugs.IsValid(slug));
    }

    [Theory]
    // Eponyms: the apostrophe belongs to the name, the accent to the letter, the dash joins two names.
    [InlineData("Ménière's disease", "menieres-disease")]
    [InlineData("Guillain–Barré syndrome", "guillain-barre-syndrome")]
    [InlineData("Sjögren's syndrome", "sjogrens-syndrome")]
    [InlineData("Crohn's disease", "crohns-disease")]
    [InlineData("Alzheimer’s disease", "alzheimers-disease")]
    [InlineData("Parkinsonʼs disease", "parkinsons-disease")]
    [InlineData("Behçet's disease", "behcets-disease")]
    [InlineData("Creutzfeldt–Jakob disease", "creutzfeldt-jakob-disease")]
    [InlineData("Ehlers-Danlos syndromes", "ehlers-danlos-syndromes")]
    [InlineData("Henoch–Schönlein purpura", "henoch-schonlein-purpura")]
    [InlineData("Graves' disease", "graves-disease")]
    [InlineData("Bell's palsy", "bells-palsy")]
    [InlineData("Raynaud's phenomenon", "raynauds-phenomenon")]
    [InlineData("Hashimoto's thyroiditis", "hashimotos-thyroiditis")]
    [InlineData("Osgood–Schlatter disease", "osgood-schlatter-disease")]
    [InlineData("Non-Hodgkin lymphoma", "non-hodgkin-lymphoma")]
    [InlineData("St John's wort", "st-johns-wort")]
    // Medicines: brand marks and brackets go, Greek letters and small digits are read out.
    [InlineData("Esketamine (Spravato®)", "esketamine-spravato")]
    [InlineData("Paracetamol (acetaminophen)", "paracetamol-acetaminophen")]
    [InlineData("Co-codamol 30/500", "co-codamol-30-500")]
    [InlineData("Tylenol™", "tylenol")]
    [InlineData("β-blockers", "beta-blockers")]
    [InlineData("α-thalassaemia", "alpha-thalassaemia")]
    [InlineData("Interferon γ", "interferon-gamma")]
    [InlineData("Vitamin B₁₂ deficiency", "vitamin-b12-deficiency")]
    [InlineData("Vitamin D³", "vitamin-d3")]
    [InlineData("HbA₁c test", "hba1c-test")]
    [InlineData("Omega-3 fatty acids", "omega-3-fatty-acids")]
    [InlineData("5-α-reductase inhibitors", "5-alpha-reductase-inhibitors")]
    // The same conditions named in other languages a library may write in.
    [InlineData("Ácido fólico", "acido-folico")]
    [InlineData("Œstrogène", "oestrogene")]
    [InlineData("Søvnløshed", "sovnloshed")]
    [InlineData("Łuszczyca", "luszczyca")]
    [InlineData("Şeker hastalığı", "seker-hastaligi")]
    [InlineData("Bệnh tiểu đường", "benh-tieu-duong")]
    [InlineData("Zuckerkrankheit (Diabetes mellitus) – Überblick", "zuckerkrankheit-diabetes-mellitus-uberblick")]
    public void A_condition_or_medicine_name_gives_the_address_a_reader_expects(string name, string slug)
    {
        Assert.Equal(slug, Slugs.FromName(name));
        Assert.True(Slugs.IsValid(slug));
    }

    [Fact]
    public void Tags_and_categories_with_accents_and_apostrophes_get_the_same_addresses()
    {
        var site = Sites.Small
            .Replace("categories: [Treatments, Conditions]", "categories: [Treatments, Conditions, Médicine]", StringComparison.Ordinal)
            .Replace("category: Conditions\n", "category: Médicine\ntags: [Crohn's disease, Guillain–Barré syndrome]\n", StringComparison.Ordinal);

        var build = TestBuild.Run(site).AssertSucceeded();

        Assert.Contains("Gamma", build.Html("categories/medicine/index.html"), StringComparison.Ordinal);
        Assert.Contains("Gamma", build.Html("tags/crohns-disease/index.html"), StringComparison.Ordinal);
        Assert.Contains("Gamma", build.Html("tags/guillain-barre-syndrome/index.html"), StringComparison.Ordinal);
        var links = build.Document("topics/gamma/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/categories/medicine/", links);
        Assert.Contains("/tags/crohns-disease/", links);
    }

    [Fact]
    public void An_author_id_written_as_a_name_is_answered_with_its_address()
    {
        var site = Sites.Small.Replace("ana-lima:", "josé-o'brien:", StringComparison.Ordinal).Replace("author: ana-lima", "author: josé-o'brien", StringComparison.Ordinal);

        var build = TestBuild.Run(site);

        var problem = Assert.Single(build.Diagnostics, d => d.Message.StartsWith("author id", StringComparison.Ordinal));
        Assert.Equal("for example 'jose-obrien'", problem.Hint);
    }
}
