using System.Text;

namespace HealthLibrary.Cli.Serve;

/// <summary>Adds serve's reload script to an HTML page as it is sent; built files never have it.</summary>
public static class HtmlInjection
{
    public const string ScriptPath = "/__healthlib/reload.js";

    /// <summary>The tag, external so a Content-Security-Policy without 'unsafe-inline' still lets it run.</summary>
    public static byte[] ScriptTag(int version) => Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}?v={version}\" defer></script>\n");

    /// <summary>The page in three parts: up to the last &lt;/body&gt;, the tag, the rest (the tag goes last when there is no &lt;/body&gt;).</summary>
    public static (ReadOnlyMemory<byte> Before, ReadOnlyMemory<byte> Tag, ReadOnlyMemory<byte> After) Inject(byte[] html, int version)
    {
        var at = LastBodyEnd(html);
        return at < 0 ? (html, ScriptTag(version), ReadOnlyMemory<byte>.Empty) : (html.AsMemory(0, at), ScriptTag(version), html.AsMemory(at));
    }

    private static int LastBodyEnd(byte[] html)
    {
        ReadOnlySpan<byte> lower = "</body>"u8;
        ReadOnlySpan<byte> upper = "</BODY>"u8;
        var span = html.AsSpan();
        return Math.Max(span.LastIndexOf(lower), span.LastIndexOf(upper));
    }
}
