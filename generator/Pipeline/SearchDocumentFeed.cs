using HealthLibrary.Search;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Pipeline;

/// <summary>
/// Carries search documents, with their terms, from the page renderers, which make and analyse each beside its page
/// on several threads and in no fixed order, to the index builder, which adds them in site order (lunr numbers terms
/// as it first meets them). Only documents made ahead of the builder wait here; each is let go as soon as the builder
/// has taken it.
/// </summary>
internal sealed class SearchDocumentFeed
{
    private readonly TaskCompletionSource<(SearchDocument Document, LunrDocument Terms)>?[] _slots;

    public SearchDocumentFeed(int count)
    {
        _slots = new TaskCompletionSource<(SearchDocument Document, LunrDocument Terms)>?[count];
        for (var i = 0; i < count; i++)
        {
            _slots[i] = new TaskCompletionSource<(SearchDocument Document, LunrDocument Terms)>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Add(int position, (SearchDocument Document, LunrDocument Terms) document)
    {
        if (_slots[position] is not { } slot || !slot.TrySetResult(document))
        {
            throw new InvalidOperationException($"search document {position} was made twice");
        }
    }

    /// <summary>The rendering stopped early: the builder, waiting for documents that will never come, stops too.</summary>
    public void Abandon()
    {
        foreach (var slot in _slots)
        {
            slot?.TrySetCanceled();
        }
    }

    /// <summary>Every document in site order, each as soon as it and those before it have been made.</summary>
    public IEnumerable<(SearchDocument Document, LunrDocument Terms)> InOrder()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            var document = _slots[i]!.Task.GetAwaiter().GetResult();
            _slots[i] = null;
            yield return document;
        }
    }
}
