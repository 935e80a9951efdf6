using System.Runtime;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Output;
using HealthLibrary.Rendering;
using HealthLibrary.Search;

namespace HealthLibrary.Pipeline;

/// <summary>
/// Stages 3 and 4 woven into one step: each page is rendered and its search document made beside it, because both
/// are made from the topic's syntax tree, which can then be let go at once, and because the index, one long
/// computation on a thread of its own, keeps the second core busy while pages render on every core.
/// </summary>
internal static class RenderAndIndex
{
    /// <summary>About 17 MB of bodies' sources: fewer are not worth a collection.</summary>
    private const int CollectAfterBodies = 1_000;

    /// <summary>While pages render, the managed heap may grow by this much before a collection.</summary>
    private const long CollectAfterGrowth = 512L << 20;

    /// <summary>Renders every page into the sink and writes the search index beside them; uses up the site's bodies.</summary>
    public static BuildReport Run(LoadedSite site, IOutputSink sink, BuildOptions options, BuildObservers observers)
    {
        var diagnostics = new DiagnosticBag();
        var model = site.Model;

        // Each topic's document is analysed (tokens, stems and counts) on the thread that rendered its page; the
        // index's thread only adds the terms in site order, and only documents made ahead of it wait. The search page
        // names the split index's vocabulary by its content hash, so it renders last, once the index is written.
        var positions = new Dictionary<WrittenPage, int>(ReferenceEqualityComparer.Instance);
        foreach (var (subject, position) in SearchDocumentBuilder.Subjects(model).Select((subject, position) => (subject, position)))
        {
            positions[subject] = position;
        }

        var feed = new SearchDocumentFeed(positions.Count);
        var kept = options.KeepSearchDocuments ? new List<SearchDocument>() : null;
        var builder = SearchFiles.IndexBuilder();
        var index = Task.Run(() => observers.Time("search index and store", () =>
            SearchFiles.Write(builder, feed.InOrder(), options.SearchSplit ?? model.Config.SearchSplit, model.Urls.BasePath, sink, kept)));

        var released = 0;
        // A large library's bodies, once their pages are made, and its listings, tens of megabytes each and rendered
        // while the index is finished, both reach the oldest generation, which the GC would visit only well past the
        // peak. So each time the heap has grown by CollectAfterGrowth since the last such collection (or since
        // rendering began), a blocking one. A 10,000-topic library never grows that much.
        long heapAfterCollection = GC.GetTotalMemory(forceFullCollection: false);
        void CollectIfGrown()
        {
            var after = Interlocked.Read(ref heapAfterCollection);
            if (GC.GetTotalMemory(forceFullCollection: false) > after + CollectAfterGrowth && Interlocked.CompareExchange(ref heapAfterCollection, long.MaxValue / 2, after) == after)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true);
                Interlocked.Exchange(ref heapAfterCollection, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        void Rendered(PageJob job)
        {
            if (job.File.Written is not { } written || !positions.TryGetValue(written, out var position))
            {
                CollectIfGrown();
                return;
            }

            var document = SearchDocumentBuilder.Of(model, written, position);
            feed.Add(position, (document, builder.Analyze(document.Fields)));
            written.Body.Release();
            var count = Interlocked.Increment(ref released);
            if (count == positions.Count && count >= CollectAfterBodies)
            {
                // The last body is gone, and the index is about to be finished, where the build's memory peaks: one
                // compacting collection, the large object heap included, gives back the room the bodies and the
                // index's outgrown lists left before the finished index takes more.
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                Interlocked.Exchange(ref heapAfterCollection, GC.GetTotalMemory(forceFullCollection: false));
            }
            else
            {
                CollectIfGrown();
            }
        }

        var renderer = SiteGenerator.Renderer(site, new Lazy<SearchOutput>(() => index.GetAwaiter().GetResult()), options);
        int pages;
        try
        {
            pages = observers.Time("render and write pages", () => renderer.Render(sink, diagnostics, observers.Progress, Rendered));
        }
        catch (Exception exception)
        {
            feed.Abandon();
            if (ChangedBody(exception) is not { } changed)
            {
                throw;
            }

            // A body is read again from its file when its page renders: a file saved since it was read fails the build.
            ((IAsyncResult)index).AsyncWaitHandle.WaitOne();
            diagnostics.Error(DiagnosticCode.UnreadableFile, SourceLocation.WholeFile(changed.File), changed.Message, "build again once the file is saved");
            return new BuildReport(0, [], new GeneratorResult(diagnostics.ToSortedList(), options.Strict));
        }

        index.GetAwaiter().GetResult();
        return new BuildReport(pages, kept ?? [], new GeneratorResult(diagnostics.ToSortedList(), options.Strict));
    }

    private static BodySourceChangedException? ChangedBody(Exception exception) => exception switch
    {
        BodySourceChangedException changed => changed,
        AggregateException all => all.Flatten().InnerExceptions.OfType<BodySourceChangedException>().FirstOrDefault(),
        _ => null,
    };
}
