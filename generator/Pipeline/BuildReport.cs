using HealthLibrary.Search;

namespace HealthLibrary.Pipeline;

/// <summary>What a build wrote: the number of pages, the documents fed to the search index (when kept), and its problems.</summary>
public sealed record BuildReport(int Pages, IReadOnlyList<SearchDocument> SearchDocuments, GeneratorResult Result);
