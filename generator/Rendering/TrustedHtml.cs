namespace HealthLibrary.Rendering;

/// <summary>
/// HTML the generator made itself (a rendered Markdown body, a disclaimer, JSON-LD from our serializer): a template
/// prints it as it is, while every other value it prints is HTML-encoded.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
