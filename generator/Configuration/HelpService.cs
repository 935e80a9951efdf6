namespace HealthLibrary.Configuration;

/// <summary>One service of site.yml's <c>urgent_help</c>: who to call or text, and when.</summary>
public sealed record HelpService(string Name, string? Region, string? Phone, string? Text, string? Url, string? When)
{
    /// <summary>The <c>tel:</c> address of <see cref="Phone"/>: its digits, and a leading + when written.</summary>
    public string? PhoneLink => Phone is null ? null : "tel:" + Dialled(Phone);

    /// <summary>The <c>sms:</c> address of <see cref="Text"/>.</summary>
    public string? TextLink => Text is null ? null : "sms:" + Dialled(Text);

    /// <summary>A number as a phone dials it: "116 123" is 116123, "+44 (0)20" keeps its +.</summary>
    public static string Dialled(string number) =>
        (number.TrimStart().StartsWith('+') ? "+" : "") + string.Concat(number.Where(char.IsAsciiDigit));
}
