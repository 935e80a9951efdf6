using HealthLibrary.Input;
using HealthLibrary.Model;
using HealthLibrary.Rendering;

namespace HealthLibrary.Pipeline;

/// <summary>A library that loaded without errors: its model, compiled theme and assets, ready to build once (a build lets go of its syntax trees).</summary>
public sealed record LoadedSite(SiteModel Model, ThemeTemplates Theme, AssetManifest Assets, IContentSource Input);
