using System.Text.Json;
using System.Text.Json.Nodes;
using HealthLibrary.Tests.Rendering;
using HealthLibrary.Tests.Search;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Hosting;

/// <summary>
/// Each page's JSON-LD read by what other systems read it with: jsonld.js, a JSON-LD 1.1 processor, turns it into RDF in
/// safe mode, and TypeScript checks it against schema-dts, the typings of the whole schema.org vocabulary
/// (tests/oracle/json-ld.js).
/// </summary>
public sealed class StructuredDataReaderTests
{
    private static readonly Lazy<TestBuild> References = new(() => TestBuild.Run(ReferenceRenderingTests.Site).AssertSucceeded());

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Every_page_of_the_sample_and_of_a_site_with_every_reference_type_reads_as_schema_org_with_no_problem()
    {
        var documents = Documents(LibraryBuilds.Sample).Concat(Documents(References.Value)).ToList();
        var report = Read(documents);

        Assert.Empty(report["problems"]!.AsArray().Select(p => $"{p!["name"]}: {p["message"]}"));
        var read = report["documents"]!.AsArray();
        Assert.Equal(documents.Count, read.Count);
        Assert.All(read, document => Assert.True(document!["triples"]!.GetValue<int>() > 0));

        var types = read.SelectMany(d => d!["types"]!.AsArray().Select(t => t!.GetValue<string>())).ToHashSet();
        Assert.Superset(
            new HashSet<string>(new[] { "MedicalWebPage", "MedicalEntity", "MedicalCode", "ScholarlyArticle", "Book", "WebPage", "Periodical", "Person", "BreadcrumbList", "WebSite", "SearchAction" }
                .Select(name => "https://schema.org/" + name)),
            types);
        var properties = read.SelectMany(d => d!["properties"]!.AsArray().Select(t => t!.GetValue<string>())).ToHashSet();
        Assert.Superset(
            new HashSet<string>(new[] { "citation", "code", "codeValue", "codingSystem", "sameAs", "lastReviewed", "reviewedBy" }.Select(name => "https://schema.org/" + name)),
            properties);
    }

    [Fact]
    public void A_closing_et_al_in_a_references_authors_is_no_person()
    {
        var citations = Documents(LibraryBuilds.Sample)
            .Where(d => d.Name.StartsWith("topics/", StringComparison.Ordinal))
            .SelectMany(d => JsonNode.Parse(d.Json)!["@graph"]!.AsArray())
            .Where(node => node!["citation"] is not null)
            .SelectMany(node => node!["citation"]!.AsArray())
            .ToList();

        var authors = citations.Where(c => c!["author"] is not null).SelectMany(c => c!["author"]!.AsArray().Select(a => a!["name"]!.GetValue<string>())).ToList();
        Assert.NotEmpty(authors);
        Assert.DoesNotContain(authors, name => name.StartsWith("et al", StringComparison.OrdinalIgnoreCase));
        // The sample's writers close long author lists with "et al.", as PubMed's citations do; the page still prints it.
        Assert.Contains("Sanacora G, Frye MA, McDonald W, et al.", LibraryBuilds.Sample.Html("topics/blood-pressure-and-the-heart/index.html"), StringComparison.Ordinal);
    }

    /// <summary>The readers are the test's oracle, so each must name the mistakes a broken template would make.</summary>
    [Slow(SlowGroup.Node)]
    [Fact]
    public void The_readers_name_a_misspelt_property_an_unknown_type_a_property_on_the_wrong_type_and_an_address_that_is_no_address()
    {
        var topic = Documents(References.Value).Single(d => d.Name == "topics/delta/index.html").Json;
        var broken = new List<(string Name, string Json)>
        {
            ("misspelt", topic.Replace("\"codingSystem\"", "\"codingSytem\"", StringComparison.Ordinal)),
            ("unknown type", topic.Replace("\"MedicalCode\"", "\"MedicalCodes\"", StringComparison.Ordinal)),
            ("wrong type", topic.Replace("\"@type\":\"Person\",", "\"@type\":\"Person\",\"lastReviewed\":\"2026-01-01\",", StringComparison.Ordinal)),
            ("no address", """{"@context":"https://schema.org","@type":"WebPage","@id":"not an address","name":"x"}"""),
        };
        Assert.All(broken.Take(3), b => Assert.NotEqual(topic, b.Json));

        var problems = Read(broken)["problems"]!.AsArray().Select(p => (Name: p!["name"]!.GetValue<string>(), Message: p["message"]!.GetValue<string>())).ToList();

        Assert.Contains(problems, p => p.Name == "misspelt" && p.Message.Contains("'\"codingSytem\"' does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Name == "unknown type" && p.Message.Contains("'\"MedicalCodes\"' is not assignable", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Name == "wrong type" && p.Message.Contains("'\"lastReviewed\"' does not exist in type 'PersonLeaf'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Name == "no address" && p.Message.StartsWith("jsonld.js: jsonld.ValidationError", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Name, string Json)> Documents(TestBuild build) =>
        build.Output.Files.Keys
            .Where(path => path.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => build.Document(path).QuerySelectorAll("script[type='application/ld+json']").Select(script => (path, script.TextContent)));

    private static JsonNode Read(IEnumerable<(string Name, string Json)> documents)
    {
        var folder = LunrOracle.NewWorkFolder();
        try
        {
            var input = Path.Combine(folder, "documents.json");
            File.WriteAllText(input, JsonSerializer.Serialize(documents.Select(d => new { name = d.Name, json = d.Json })));
            return JsonNode.Parse(LunrOracle.Run("json-ld.js", input))!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
