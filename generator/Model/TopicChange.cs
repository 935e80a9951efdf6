using HealthLibrary.Content;

namespace HealthLibrary.Model;

/// <summary>
/// One topic a model update swapped in (<see cref="Before"/> and <see cref="After"/>) or added (no Before).
/// <see cref="BodyOnly"/> says whether every value other pages show, order or group it by is as it was, so only
/// its own page can differ.
/// </summary>
public sealed record TopicChange(Topic? Before, Topic After, bool BodyOnly);
