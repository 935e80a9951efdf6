using HealthLibrary.Content;
using HealthLibrary.Input;
using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>
/// Every asset of the site (lunr.js, then the theme's, then the library's own; a later one replaces an
/// earlier one of the same name), each with a content-hashed copy under /static/ that hosts may cache
/// forever. Plain copies stay under /assets/ for addresses written by hand.
/// </summary>
public sealed class AssetManifest
{
    public const string StaticFolder = SitePlan.StaticFolder;

    private readonly SortedDictionary<string, Asset> _assets;

    private AssetManifest(SortedDictionary<string, Asset> assets, SiteIcons? icons)
    {
        _assets = assets;
        Icons = icons;
    }

    public IEnumerable<Asset> All => _assets.Values;

    /// <summary>The favicon and touch icon drawn from site.yml's <c>icon:</c>; null without one.</summary>
    public SiteIcons? Icons { get; }

    /// <param name="icon">The icon site.yml names (<c>assets/...</c>), when it is one of <paramref name="inputAssets"/>.</param>
    /// <param name="minified">Where the theme's minified files are kept between builds; null minifies them every time.</param>
    public static AssetManifest Create(IContentSource theme, IContentSource input, IEnumerable<string> inputAssets, string? icon = null, Output.DerivedFileCache? minified = null)
    {
        var assets = new SortedDictionary<string, Asset>(StringComparer.Ordinal);
        void Add(string name, byte[] bytes) => assets[name] = new Asset(name, Output.ContentHashedName.Of(name, bytes), bytes);

        Add(Search.SearchFiles.LunrAsset, Search.SearchFiles.Lunr());
        foreach (var path in theme.ListFiles(ThemeTemplates.AssetsFolder))
        {
            Add(path[(ThemeTemplates.AssetsFolder.Length + 1)..], ThemeAssetMinifier.Minify(path, theme.ReadBytes(path), minified));
        }

        var inputList = inputAssets.ToList();
        foreach (var path in inputList)
        {
            Add(path[(ContentLoader.AssetsFolder.Length + 1)..], input.ReadBytes(path));
        }

        var icons = icon is not null && inputList.Contains(icon, StringComparer.Ordinal) && assets.TryGetValue(icon[(ContentLoader.AssetsFolder.Length + 1)..], out var source)
            ? SiteIcons.Draw(source.Name, source.Bytes)
            : null;
        return new AssetManifest(assets, icons);
    }

    /// <summary>The cache-forever address of an asset, for the theme's {{ asset "name" }}; null for a name no asset has.</summary>
    public string? Url(string name, SiteUrls urls) =>
        _assets.TryGetValue(name, out var asset) ? urls.BasePath + StaticFolder + "/" + asset.FingerprintedName : null;

    /// <summary>One asset: its name under assets/, its hashed name under static/, and its bytes.</summary>
    public sealed record Asset(string Name, string FingerprintedName, byte[] Bytes);
}
