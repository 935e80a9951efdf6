using HealthLibrary.Rendering;

namespace HealthLibrary.Tests.Rendering;

/// <summary>The writer a thread renders page after page into gives back exactly what the last page wrote.</summary>
public sealed class PageContentWriterTests
{
    [Fact]
    public void A_short_page_after_a_long_listing_is_only_the_short_page()
    {
        var writer = new PageContentWriter();
        var listing = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"<li>{i} 😀</li>"));
        writer.Write(listing);
        Assert.Equal(listing, writer.ToString());

        writer.Clear();
        writer.Write('<');
        writer.Write("p>Plain text.</p".AsSpan());
        writer.Write(['>', '!'], 0, 1);

        Assert.Equal("<p>Plain text.</p>", writer.ToString());
        var copy = new StringWriter();
        writer.WriteTo(copy);
        Assert.Equal("<p>Plain text.</p>", copy.ToString());
    }

    [Fact]
    public void Text_across_many_blocks_comes_back_in_order()
    {
        var writer = new PageContentWriter();
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            var piece = i % 3 == 0 ? "é" : $"[{i}]";
            expected.Append(piece);
            if (piece.Length == 1)
            {
                writer.Write(piece[0]);
            }
            else
            {
                writer.Write(piece);
            }
        }

        var copy = new StringWriter();
        writer.WriteTo(copy);
        Assert.Equal(expected.ToString(), copy.ToString());
        Assert.Equal(expected.ToString(), writer.ToString());
    }
}
