namespace HealthLibrary.Model;

/// <summary>An old address that now leads to <see cref="TargetUrl"/>.</summary>
public sealed record Alias(string Url, string TargetUrl, string Title);
