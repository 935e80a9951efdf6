using SkiaSharp;

namespace HealthLibrary.Rendering;

/// <summary>
/// The site's icon (site.yml <c>icon:</c>) and the files browsers and phones ask for at the site's root whether or not a
/// page names them: <c>favicon.ico</c> (a 32-pixel PNG inside an ICO) and <c>apple-touch-icon.png</c> (180 pixels, on
/// white, because iOS shows transparency as black). Both are drawn from the icon at build time.
/// </summary>
public sealed class SiteIcons
{
    private SiteIcons(string source, string sourceType, byte[] favicon, byte[] touchIcon)
    {
        Source = source;
        SourceType = sourceType;
        Favicon = favicon;
        TouchIcon = touchIcon;
    }

    /// <summary>The icon's name under assets/.</summary>
    public string Source { get; }

    /// <summary>Its media type, for the icon link.</summary>
    public string SourceType { get; }

    public byte[] Favicon { get; }

    public byte[] TouchIcon { get; }

    /// <summary>The icons drawn from an SVG or PNG; null when the image cannot be read (the build reports the icon as unusable).</summary>
    public static SiteIcons? Draw(string name, byte[] bytes)
    {
        using var picture = Load(name, bytes);
        if (picture is null)
        {
            return null;
        }

        var favicon = Png(picture, 32, SKColors.Transparent);
        return new SiteIcons(name, name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png", Ico(favicon, 32), Png(picture, 180, SKColors.White));
    }

    private static SKPicture? Load(string name, byte[] bytes)
    {
        if (name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            using var svg = new Svg.Skia.SKSvg();
            svg.FromSvg(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            // The picture belongs to the SKSvg; a copy outlives it.
            return svg.Picture is { } drawn ? Copy(drawn) : null;
        }

        using var image = SKImage.FromEncodedData(bytes);
        if (image is null)
        {
            return null;
        }

        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(image.Width, image.Height));
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return recorder.EndRecording();
    }

    private static SKPicture Copy(SKPicture picture)
    {
        using var recorder = new SKPictureRecorder();
        recorder.BeginRecording(picture.CullRect).DrawPicture(picture);
        return recorder.EndRecording();
    }

    /// <summary>The picture scaled to fit a square of <paramref name="size"/> pixels, centred, as PNG.</summary>
    private static byte[] Png(SKPicture picture, int size, SKColor background)
    {
        using var bitmap = new SKBitmap(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            var bounds = picture.CullRect;
            var scale = Math.Min(size / bounds.Width, size / bounds.Height);
            canvas.Translate((size - bounds.Width * scale) / 2, (size - bounds.Height * scale) / 2);
            canvas.Scale(scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>An ICO file holding one PNG image, which every current browser reads.</summary>
    private static byte[] Ico(byte[] png, int size)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((ushort)0); // reserved
        writer.Write((ushort)1); // type: icon
        writer.Write((ushort)1); // one image
        writer.Write((byte)size);
        writer.Write((byte)size);
        writer.Write((byte)0); // no palette
        writer.Write((byte)0); // reserved
        writer.Write((ushort)1); // colour planes
        writer.Write((ushort)32); // bits per pixel
        writer.Write(png.Length);
        writer.Write(6 + 16); // the image follows the header and its one entry
        writer.Write(png);
        writer.Flush();
        return stream.ToArray();
    }
}
