using System.Text.Json.Serialization;

namespace HealthLibrary.Output;

/// <summary>
/// The build record's JSON, generated at compile time, so no build pays for the serializer's reflection set-up.
/// </summary>
[JsonSerializable(typeof(BuildCache))]
internal sealed partial class BuildCacheJson : JsonSerializerContext
{
    /// <summary>
    /// Escapes only what JSON requires, which is cheap: the record is read by the next build, never served or put
    /// into a page.
    /// </summary>
    public static BuildCacheJson Relaxed { get; } = new(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
