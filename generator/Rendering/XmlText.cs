using System.Text;
using System.Xml;

namespace HealthLibrary.Rendering;

/// <summary>Writers' text made fit for XML 1.0: characters XML cannot hold at all (most control characters) are dropped.</summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
        }

        return builder.ToString();
    }
}
