using HealthLibrary.Pipeline;

namespace HealthLibrary.Tests.Architecture;

/// <summary>
/// No folder (namespace) of generator/ uses another that uses it back, directly or round a longer circle: a stage can be
/// read, tested and changed knowing only the stages before it. Read from the compiled healthlib.dll, so a fully qualified
/// name or a parent namespace's type counts as much as a using directive.
/// </summary>
public sealed class FolderBoundaryTests
{
    private static readonly Lazy<NamespaceGraph> Generator = new(() =>
        NamespaceGraph.Read(typeof(SiteGenerator).Assembly.Location, "HealthLibrary"));

    [Fact]
    public void No_folder_of_the_generator_imports_another_in_a_circle()
    {
        var circles = NamespaceCycles.Find(Generator.Value);

        Assert.True(circles.Count == 0, "Folders of generator/ that import each other in a circle:\n" + NamespaceCycles.Describe(Generator.Value, circles));
    }

    [Fact]
    public void The_graph_sees_the_stages_use_each_other_forward()
    {
        // Guards the reader itself: if it stopped seeing uses, the test above would pass on any code.
        var graph = Generator.Value;

        Assert.Contains("Content", graph.UsedBy("Model"));
        Assert.Contains("Model", graph.UsedBy("Rendering"));
        Assert.Contains("Search.Lunr", graph.UsedBy("Search"));
        Assert.Contains("Diagnostics", graph.UsedBy("Content"));
    }

    [Fact]
    public void A_circle_is_named_with_a_use_that_makes_each_step()
    {
        var graph = new NamespaceGraph();
        graph.Add("Content", "Configuration", "TopicReader uses RiskLevel");
        graph.Add("Configuration", "Yaml", "SiteConfigReader uses YamlMappingReader");
        graph.Add("Yaml", "Content", "YamlMappingReader uses Slugs");
        graph.Add("Model", "Content", "SiteModel uses Topic");
        graph.Add("Rendering", "Model", "SiteRenderer uses SiteModel");
        graph.Add("Rendering", "Pipeline", "SiteRenderer uses IBuildProgress");
        graph.Add("Pipeline", "Rendering", "SiteGenerator uses SiteRenderer");

        var circles = NamespaceCycles.Find(graph);

        Assert.Equal(
            """
            Configuration -> Yaml -> Content -> Configuration: Configuration -> Yaml (SiteConfigReader uses YamlMappingReader); Yaml -> Content (YamlMappingReader uses Slugs); Content -> Configuration (TopicReader uses RiskLevel)
            Pipeline -> Rendering -> Pipeline: Pipeline -> Rendering (SiteGenerator uses SiteRenderer); Rendering -> Pipeline (SiteRenderer uses IBuildProgress)
            """.ReplaceLineEndings("\n"),
            NamespaceCycles.Describe(graph, circles.OrderBy(circle => circle[0], StringComparer.Ordinal).ToList()));
    }

    [Fact]
    public void Forward_uses_alone_are_no_circle()
    {
        var graph = new NamespaceGraph();
        graph.Add("Model", "Content", "SiteModel uses Topic");
        graph.Add("Rendering", "Model", "SiteRenderer uses SiteModel");
        graph.Add("Rendering", "Content", "SiteRenderer uses Topic");
        graph.Add("Content", "Content", "a namespace using itself is no circle between folders");

        Assert.Empty(NamespaceCycles.Find(graph));
    }
}
