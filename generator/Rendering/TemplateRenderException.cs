namespace HealthLibrary.Rendering;

/// <summary>A template that Handlebars failed to render with an exception other than its own, wrapped so it is reported like those.</summary>
public sealed class TemplateRenderException(string message, Exception inner) : Exception(message, inner);
