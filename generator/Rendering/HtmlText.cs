using System.Buffers;
using System.Text;

namespace HealthLibrary.Rendering;

/// <summary>Text made safe to stand in HTML, between tags or inside a quoted attribute.</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>The text with &amp;, &lt;, &gt;, " and ' as entities; every other character as it is.</summary>
    public static string Encode(string text)
    {
        if (!text.AsSpan().ContainsAny(Special))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
