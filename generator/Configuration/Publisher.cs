namespace HealthLibrary.Configuration;

/// <summary>Who publishes the site, for structured data (site.yml <c>publisher:</c>; by default the site's title and address).</summary>
public sealed record Publisher(string Name, Uri Url);
