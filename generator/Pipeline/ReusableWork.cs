using HealthLibrary.Content;
using HealthLibrary.Model;
using HealthLibrary.Rendering;

namespace HealthLibrary.Pipeline;

/// <summary>
/// What serve keeps between builds for the next load to reuse: parsed files, the compiled theme and the assets it
/// links by hash (while no template or asset changed) and the last good model.
/// </summary>
public sealed record ReusableWork(ParsedFileCache Files, ThemeTemplates? Theme, SiteModel? Model, AssetManifest? Assets = null);
