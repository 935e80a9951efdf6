namespace HealthLibrary.Search.Lunr;

/// <summary>A document field that lunr indexes, with its build-time boost (null, 0 and NaN mean 1, as lunr's <c>boost || 1</c>).</summary>
public sealed record LunrField(string Name, double? Boost = null);
