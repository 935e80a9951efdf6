using HealthLibrary.Content;

namespace HealthLibrary.Tests.Content;

/// <summary>Bodies too dense with markup for Markdig to parse in reasonable time are refused at the line that passes the limit.</summary>
public sealed class MarkupDensityTests
{
    [Theory]
    [InlineData('*')]
    [InlineData('_')]
    [InlineData('[')]
    [InlineData(']')]
    [InlineData('(')]
    [InlineData(')')]
    [InlineData('<')]
    [InlineData('>')]
    [InlineData('!')]
    [InlineData('~')]
    [InlineData('^')]
    [InlineData('=')]
    [InlineData('+')]
    [InlineData('`')]
    [InlineData('|')]
    [InlineData('\\')]
    public void Each_markup_character_counts_and_the_limit_itself_is_allowed(char markup)
    {
        string Text(int count) => "Plain words first.\n" + new string(markup, count) + "\nmore words";
        Assert.Null(MarkupDensity.LineOverLimit(Text(MarkupDensity.MaxMarkupCharacters)));
        Assert.Equal(2, MarkupDensity.LineOverLimit(Text(MarkupDensity.MaxMarkupCharacters + 1)));
    }

    [Fact]
    public void The_line_named_is_where_the_count_passes_the_limit_not_where_the_markup_is_densest()
    {
        var half = MarkupDensity.MaxMarkupCharacters / 2;
        var text = "intro\n" + string.Concat(Enumerable.Repeat("a*", half)) + "\n\nprose, with words. And more.\n"
            + string.Concat(Enumerable.Repeat("[x] ", half / 2)) + "\nlast line (one more)";
        // Lines 2 and 5 hold 5,000 markup characters each, 10,000 in all: the limit is passed by the '(' on line 6.
        Assert.Equal(6, MarkupDensity.LineOverLimit(text));
        Assert.Null(MarkupDensity.LineOverLimit("No markup at all, just prose.\nAnd a second line."));
        Assert.Null(MarkupDensity.LineOverLimit(""));
    }
}
