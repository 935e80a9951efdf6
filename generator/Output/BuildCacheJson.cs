using System.Text.Json.Serialization;

namespace HealthLibrary.Output;

/// <summary>
/// The build record's JSON, generated at compile time: read through reflection, a record of 30,000 files and
/// thousands of warnings first cost the serializer its set-up, 0.15 s at the end of every build.
/// </summary>
[JsonSerializable(typeof(BuildCache))]
internal sealed partial class BuildCacheJson : JsonSerializerContext
{
    /// <summary>
    /// Escapes only what JSON requires: the record is read by the next build, never served or put into a page, and
    /// escaping every quote and accented letter of thousands of messages was most of the time it took to write.
    /// </summary>
    public static BuildCacheJson Relaxed { get; } = new(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
