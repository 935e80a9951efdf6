using HealthLibrary.Diagnostics;

namespace HealthLibrary.Configuration;

/// <summary>
/// site.yml's <c>urgent_help</c>: the services listed on /get-help/, the risk levels whose topics show the box near
/// their top, and the words that make check ask for the box.
/// </summary>
public sealed record UrgentHelp(
    string Title,
    string? Intro,
    IReadOnlyList<HelpService> Services,
    IReadOnlyList<string> ShowOn,
    IReadOnlyList<string> Keywords)
{
    /// <summary>Where the intro's Markdown was written, for problems in it.</summary>
    public SourceLocation IntroLocation { get; init; }

    public const string DefaultTitle = "Get help now";

    /// <summary>How many services of each region the box on a topic shows, beside its link to the full list.</summary>
    public const int ServicesInBoxPerRegion = 2;

    /// <summary>True when topics of this risk level show the box unless they say otherwise.</summary>
    public bool ShownFor(string riskId) => ShowOn.Contains(riskId, StringComparer.Ordinal);

    /// <summary>The services grouped by region, regions in the order they first appear, services as written; a null region holds those without one.</summary>
    public IReadOnlyList<(string? Region, IReadOnlyList<HelpService> Services)> Regions() =>
        Services.GroupBy(service => service.Region ?? "")
            .Select(group => (group.Key.Length == 0 ? null : group.Key, (IReadOnlyList<HelpService>)group.ToList()))
            .ToList();

    /// <summary>What the box on a topic lists: the first services of each region, so a reader anywhere sees a number to call.</summary>
    public IReadOnlyList<HelpService> BoxServices() =>
        Regions().SelectMany(region => region.Services.Take(ServicesInBoxPerRegion)).ToList();
}
