namespace HealthLibrary.Rendering;

/// <summary>
/// One page of the site: the template that renders it, its address, what it is about (a Topic, Page, Category,
/// Tag, RiskLevel or Author; null for the site-wide pages) and the writer's file it comes from, if any.
/// </summary>
public sealed record PageJob(string Template, string Url, object? Subject, string? SourcePath);
