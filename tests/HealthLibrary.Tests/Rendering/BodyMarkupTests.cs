using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Rendering;

/// <summary>How Markdown in a body becomes HTML that screen readers can follow: tables with row headers, task lists without unlabelled checkboxes.</summary>
public sealed class BodyMarkupTests
{
    [Fact]
    public void A_table_whose_first_header_cell_is_empty_names_each_row_by_its_first_cell()
    {
        var table = """
            | | Spray | Infusion |
            |---|---|--:|
            | Form | S-ketamine | Racemic |
            | How given | Nasal | **Drip** |
            """;
        var build = TestBuild.Run(Sites.Small.Replace("Plain text.", table)).AssertSucceeded();

        var rows = build.Document("topics/gamma/index.html").QuerySelectorAll(".prose table tr").ToList();
        Assert.Equal(["TD:", "TH:col:Spray", "TH:col:Infusion"], Cells(rows[0]));
        Assert.Equal(["TH:row:Form", "TD:S-ketamine", "TD:Racemic"], Cells(rows[1]));
        Assert.Equal(["TH:row:How given", "TD:Nasal", "TD:Drip"], Cells(rows[2]));
        Assert.Equal("align-right", rows[2].Children[2].ClassName);
    }

    [Fact]
    public void A_table_with_a_full_header_row_keeps_plain_data_cells()
    {
        var build = TestBuild.Run(Sites.Small.Replace("Plain text.", "| Dose | Effect |\n|---|---|\n| Low | Mild |")).AssertSucceeded();

        var rows = build.Document("topics/gamma/index.html").QuerySelectorAll(".prose table tr").ToList();
        Assert.Equal(["TH:col:Dose", "TH:col:Effect"], Cells(rows[0]));
        Assert.Equal(["TD:Low", "TD:Mild"], Cells(rows[1]));
    }

    [Fact]
    public void Task_lists_have_no_checkboxes_and_say_to_do_or_done_in_words()
    {
        var build = TestBuild.Run(Sites.Small.Replace("Plain text.", "- [ ] Arrange a lift home\n- [x] Book the session")).AssertSucceeded();

        var page = build.Document("topics/gamma/index.html");
        Assert.Empty(page.QuerySelectorAll("main input"));
        var items = page.QuerySelectorAll(".prose li").Select(item => item.TextContent.Trim()).ToList();
        Assert.Equal(["To do: Arrange a lift home", "Done: Book the session"], items);
        Assert.Single(page.QuerySelectorAll(".task-box--done"));
    }

    private static List<string> Cells(AngleSharp.Dom.IElement row) =>
        row.Children.Select(cell => cell.TagName + ":" + (cell.GetAttribute("scope") is { } scope ? scope + ":" : "") + cell.TextContent.Trim()).ToList();
}
