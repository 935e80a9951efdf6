namespace HealthLibrary.Search;

/// <summary>One document fed to the index, and the record a search result shows for it.</summary>
public sealed record SearchDocument(string Ref, IReadOnlyDictionary<string, object?> Fields, SearchResult Result);
