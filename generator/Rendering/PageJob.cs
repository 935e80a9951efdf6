using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>One page of the site's plan and the template that renders it.</summary>
public sealed record PageJob(string Template, PlannedFile File)
{
    public string Url => File.Url;

    /// <summary>What the page is about (see <see cref="PlannedFile.Subject"/>); null for the site-wide pages.</summary>
    public object? Subject => File.Subject;

    /// <summary>The writer's file the page comes from, for a topic or a page.</summary>
    public string? SourcePath => File.Written?.SourcePath;
}
