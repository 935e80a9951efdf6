namespace HealthLibrary.Rendering;

/// <summary>The rendered page template, as the layout's <c>content</c>: HTML we made, written into the page where the layout prints it.</summary>
internal sealed record PageContent(PageContentWriter Text);
