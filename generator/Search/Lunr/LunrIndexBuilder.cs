using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;

namespace HealthLibrary.Search.Lunr;

/// <summary>Builds a Lunr index exactly as lunr.js 2.3.9's <c>lunr(function () { ... })</c> would, for <see cref="LunrIndex.WriteJson"/>.</summary>
/// <remarks>
/// The index pipeline is lunr's default: trimmer, stop-word filter, stemmer; the search
/// pipeline is the stemmer. Scores are BM25 with lunr's k1 = 1.2 and b = 0.75, worked out as
/// the index is written. Each distinct raw token goes through the pipeline once: a corpus of
/// millions of words has only tens of thousands of distinct ones.
/// A document is added in two steps. <see cref="Analyze"/> runs it through the tokenizer and pipeline and counts its
/// terms, on any thread and many at once; <see cref="Add(LunrDocument, double?)"/> then takes the documents one at a
/// time, in order, since lunr numbers terms in the order it first meets them.
/// </remarks>
public sealed class LunrIndexBuilder
{
    private readonly string _refField;
    private readonly string[] _fields;
    private readonly double[] _fieldBoosts;
    private readonly (string Key, int Repeat)[] _metadata;
    private readonly bool _stemming;

    private readonly List<string> _refs = [];
    private readonly HashSet<string> _refSet = new(StringComparer.Ordinal);
    private readonly List<double> _documentBoosts = [];
    private readonly List<int> _fieldLengths = [];

    private readonly List<string> _terms = [];
    private readonly List<int> _termDocumentFrequency = [];

    // Raw lowercased token -> its term after trimmer, stop-word filter and stemmer (null for a stop word), and each
    // term's text -> the term: shared by every thread that analyses documents.
    private readonly ConcurrentDictionary<string, LunrTerm?> _pipelineCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LunrTerm?>.AlternateLookup<ReadOnlySpan<char>> _pipelineCacheBySpan;
    private readonly ConcurrentDictionary<string, LunrTerm> _termsByText = new(StringComparer.Ordinal);
    private int _termKeys;

    /// <summary>
    /// Each analysing thread's own copy of what it has asked the shared cache: a table of its own answers the same
    /// few distinct tokens, asked for again and again, faster.
    /// </summary>
    private readonly ThreadLocal<LunrTokenTable> _threadCaches = new(() => new());

    /// <summary>Each thread's scratch for analysing fields, for whichever builder it analyses for.</summary>
    [ThreadStatic]
    private static LunrTermCounter? t_counter;

    private readonly List<int> _slotFirstEntry = [0];
    private readonly LunrEntryColumn _entryTerm = new();
    private readonly LunrEntryColumn _entryTermFrequency = new();
    private readonly LunrEntryColumn _entryFirstOccurrence = new();
    private readonly LunrEntryColumn _occurrenceStart = new();
    private readonly LunrEntryColumn _occurrenceLength = new();
    private readonly LunrEntryColumn _occurrenceTokenIndex = new();

    // Scratch for adding one field of one document: its terms' places, ordered by term index.
    private int[] _localIds = new int[256];
    private int[] _localOrder = new int[256];

    private LunrIndex? _built;

    /// <summary>Sets up a builder, as <c>this.ref(refField)</c>, <c>this.field(name, { boost })</c> for each field, and <c>this.metadataWhitelist = ...</c>.</summary>
    /// <param name="refField">The document key whose value identifies the document (its ref).</param>
    /// <param name="fields">Fields to index. A name declared twice keeps its first place and its last boost, as in lunr.</param>
    /// <param name="metadataWhitelist">Token metadata to store per posting, e.g. "position"; none by default.</param>
    /// <param name="stemming">False leaves the stemmer out of both pipelines (and writes <c>"pipeline": []</c>).</param>
    public LunrIndexBuilder(string refField, IEnumerable<LunrField> fields, IEnumerable<string>? metadataWhitelist = null, bool stemming = true)
    {
        ArgumentNullException.ThrowIfNull(refField);
        ArgumentNullException.ThrowIfNull(fields);
        _refField = refField;
        _stemming = stemming;

        var names = new List<string>();
        var boosts = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (LunrField field in fields)
        {
            if (field.Name.Contains('/'))
            {
                throw new ArgumentException($"Field '{field.Name}' contains illegal character '/'.", nameof(fields));
            }

            if (field.Name == "_index")
            {
                // lunr accepts it but overwrites each posting's term index with the field.
                throw new ArgumentException("A field may not be named '_index': lunr keeps each term's index under that key.", nameof(fields));
            }

            RequireWellFormed(field.Name, "a field name");
            if (!boosts.ContainsKey(field.Name))
            {
                names.Add(field.Name);
            }

            boosts[field.Name] = field.Boost;
        }

        // lunr keeps fields as keys of an object, so Object.keys puts names like "2" first.
        _fields = [.. JavaScriptPropertyKey.EnumerationOrder(names).Select(i => names[i])];
        _fieldBoosts = [.. _fields.Select(name => OrOne(boosts[name], "field boost"))];

        var keys = new List<string>();
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in metadataWhitelist ?? [])
        {
            RequireWellFormed(key, "a metadata key");
            if (repeats.TryGetValue(key, out int repeat))
            {
                repeats[key] = repeat + 1;
            }
            else
            {
                keys.Add(key);
                repeats[key] = 1;
            }
        }

        _metadata = [.. JavaScriptPropertyKey.EnumerationOrder(keys).Select(i => (keys[i], repeats[keys[i]]))];
        _pipelineCacheBySpan = _pipelineCache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Field names in the order lunr enumerates them (the order of the index's "fields").</summary>
    public IReadOnlyList<string> Fields => Array.AsReadOnly(_fields);

    /// <summary>Documents added so far.</summary>
    public int DocumentCount => _refs.Count;

    /// <summary>
    /// Adds a document, as lunr's <c>builder.add(doc, { boost })</c>. Values of fields may be
    /// missing or null (no tokens, length 0), a string (lowercased and split), an array of
    /// strings (one whole token per element, without position metadata), or a number or bool
    /// (indexed as JavaScript prints it).
    /// </summary>
    /// <exception cref="ArgumentException">The ref is missing, not a string or already added; a value has an unsupported type or a lone surrogate.</exception>
    public void Add(IReadOnlyDictionary<string, object?> document, double? boost = null) => Add(Analyze(document), boost);

    /// <summary>
    /// Runs a document through lunr's tokenizer and index pipeline and counts its terms, for
    /// <see cref="Add(LunrDocument, double?)"/>. Safe to call on several threads at once, and beside Add; it changes
    /// nothing that the index shows. Takes the values <see cref="Add(IReadOnlyDictionary{string, object?}, double?)"/> takes.
    /// </summary>
    /// <exception cref="ArgumentException">The ref is missing or not a string; a value has an unsupported type or a lone surrogate.</exception>
    public LunrDocument Analyze(IReadOnlyDictionary<string, object?> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.TryGetValue(_refField, out object? refValue) || refValue is not string docRef)
        {
            throw new ArgumentException($"The document has no string '{_refField}' to use as its ref.", nameof(document));
        }

        RequireWellFormed(docRef, "a ref");
        foreach (string field in _fields)
        {
            document.TryGetValue(field, out object? value);
            Validate(value, docRef, field);
        }

        var counter = t_counter ?? new LunrTermCounter();
        t_counter = null;
        var cache = _threadCaches.Value!;
        try
        {
            var fields = new LunrFieldTerms[_fields.Length];
            for (int field = 0; field < _fields.Length; field++)
            {
                document.TryGetValue(_fields[field], out object? value);
                counter.Begin(keepOccurrences: _metadata.Length > 0);
                Tokenize(value, docRef, _fields[field], counter, cache);
                fields[field] = counter.Finish();
            }

            return new LunrDocument(this, docRef, fields);
        }
        finally
        {
            t_counter = counter;
        }
    }

    /// <summary>Adds a document that <see cref="Analyze"/> of this builder made, as lunr's <c>builder.add(doc, { boost })</c>.</summary>
    /// <exception cref="ArgumentException">The document was analysed by another builder, or its ref was already added.</exception>
    public void Add(LunrDocument document, double? boost = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Builder != this)
        {
            throw new ArgumentException("The document was analysed by another builder; its terms are that builder's.", nameof(document));
        }

        if (_built is not null)
        {
            throw new InvalidOperationException("The index has been built; add every document before Build().");
        }

        if (_refSet.Contains(document.Ref))
        {
            // lunr would merge the two documents' postings and count the ref twice.
            throw new ArgumentException($"A document with ref '{document.Ref}' has already been added.", nameof(document));
        }

        // Check everything before changing anything, so a rejected document leaves no trace.
        double documentBoost = OrOne(boost, "document boost");
        _refSet.Add(document.Ref);
        _refs.Add(document.Ref);
        _documentBoosts.Add(documentBoost);

        // A slot's entries follow the slot before's, so where each slot starts is all that says which entry is whose.
        for (int field = 0; field < _fields.Length; field++)
        {
            LunrFieldTerms terms = document.Fields[field];
            _fieldLengths.Add(terms.Length);
            AddPostings(terms);
            _slotFirstEntry.Add(_entryTerm.Count);
        }
    }

    /// <summary>Finishes the index: term frequencies, average field lengths, the entries grouped by term. Further calls return the same index.</summary>
    public LunrIndex Build()
    {
        if (_built is not null)
        {
            return _built;
        }

        int documentCount = _refs.Count;
        int fieldCount = _fields.Length;

        // lunr divides each field's summed length by the number of documents (empty fields count).
        var averageFieldLength = new double[fieldCount];
        for (int field = 0; field < fieldCount; field++)
        {
            long sum = 0;
            for (int document = 0; document < documentCount; document++)
            {
                sum += _fieldLengths[(document * fieldCount) + field];
            }

            averageFieldLength[field] = (double)sum / documentCount;
        }

        var idf = new double[_terms.Count];
        for (int term = 0; term < idf.Length; term++)
        {
            // df counts (document, field) pairs: a term in two fields of one document counts twice.
            int df = _termDocumentFrequency[term];
            double x = (documentCount - df + 0.5) / (df + 0.5);
            idf[term] = JavaScriptMath.Log(1 + Math.Abs(x));
        }

        (int[] Start, int[] Entries) postings = GroupPostings(fieldCount);

        var refArrayIndex = new long[documentCount];
        bool anyArrayIndexRef = false;
        for (int document = 0; document < documentCount; document++)
        {
            refArrayIndex[document] = JavaScriptPropertyKey.IsArrayIndex(_refs[document], out uint index) ? index : -1;
            anyArrayIndexRef |= refArrayIndex[document] >= 0;
        }

        var postingKeys = new List<string> { "_index" };
        postingKeys.AddRange(_fields);

        _built = new LunrIndex(new LunrIndexContent
        {
            Fields = _fields,
            PostingKeyOrder = [.. JavaScriptPropertyKey.EnumerationOrder(postingKeys).Select(i => i - 1)],
            Refs = [.. _refs],
            RefArrayIndex = refArrayIndex,
            AnyArrayIndexRef = anyArrayIndexRef,
            Terms = [.. _terms],
            PostingStart = postings.Start,
            PostingEntries = postings.Entries,
            SlotFirstEntry = Move(_slotFirstEntry),
            EntryTerm = _entryTerm,
            EntryTermFrequency = _entryTermFrequency,
            EntryFirstOccurrence = _entryFirstOccurrence,
            OccurrenceStart = _occurrenceStart,
            OccurrenceLength = _occurrenceLength,
            OccurrenceTokenIndex = _occurrenceTokenIndex,
            TermIdf = idf,
            FieldLengths = Move(_fieldLengths),
            AverageFieldLength = averageFieldLength,
            FieldBoosts = _fieldBoosts,
            DocumentBoosts = Move(_documentBoosts),
            Metadata = _metadata,
            Stemmed = _stemming,
        });
        return _built;
    }

    /// <summary>
    /// The entries grouped by term, then field, each group in the order lunr made them (by document): the order in
    /// which a posting lists its documents. Entries are made document by document, so a term's are spread over the
    /// whole table; one counting sort, two passes in entry order, gathers them for the writers, which then read each
    /// posting as a range instead of following a chain through the table, a cache miss a step.
    /// </summary>
    private (int[] Start, int[] Entries) GroupPostings(int fieldCount)
    {
        int groups = checked(_terms.Count * fieldCount);
        var start = new int[groups + 1];
        ReadOnlySpan<int> slotFirstEntry = CollectionsMarshal.AsSpan(_slotFirstEntry);
        for (int slot = 0; slot < slotFirstEntry.Length - 1; slot++)
        {
            int field = slot % fieldCount;
            for (int entry = slotFirstEntry[slot]; entry < slotFirstEntry[slot + 1]; entry++)
            {
                start[(_entryTerm[entry] * fieldCount) + field + 1]++;
            }
        }

        for (int group = 0; group < groups; group++)
        {
            start[group + 1] += start[group];
        }

        var next = start[..groups];
        var entries = new int[_entryTerm.Count];
        for (int slot = 0; slot < slotFirstEntry.Length - 1; slot++)
        {
            int field = slot % fieldCount;
            for (int entry = slotFirstEntry[slot]; entry < slotFirstEntry[slot + 1]; entry++)
            {
                entries[next[(_entryTerm[entry] * fieldCount) + field]++] = entry;
            }
        }

        return (start, entries);
    }

    /// <summary>The list's items as an array, the list emptied at once, so that the two are not both held for long.</summary>
    private static T[] Move<T>(List<T> list)
    {
        T[] array = [.. list];
        list.Clear();
        list.TrimExcess();
        return array;
    }

    /// <summary>Counts the field's terms, as lunr's tokenizer and pipeline would emit them, in token order.</summary>
    private void Tokenize(object? value, string docRef, string fieldName, LunrTermCounter counter, LunrTokenTable cache)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                TokenizeText(text, counter, cache);
                return;
            case IEnumerable elements:
                foreach (object? element in elements)
                {
                    // An element is one token, lowercased but neither split nor positioned;
                    // null becomes "" (lunr.utils.asString), which is indexed as the term "".
                    string text = JavaScriptCasing.ToLower(AsString(element, docRef, fieldName));
                    if (TermOf(text, cache, out int key) is { } term)
                    {
                        counter.Count(term, key, -1, -1, -1);
                    }
                }

                return;
            default:
                TokenizeText(AsString(value, docRef, fieldName), counter, cache);
                return;
        }
    }

    private void TokenizeText(string text, LunrTermCounter counter, LunrTokenTable cache)
    {
        ReadOnlySpan<char> lowered = JavaScriptCasing.ToLower(text, ref counter.Lowered);
        int cursor = 0;
        int tokenIndex = 0;
        while (LunrTokenizer.NextToken(lowered, ref cursor, out int start, out int length))
        {
            if (TermOf(lowered.Slice(start, length), cache, out int key) is { } term)
            {
                counter.Count(term, key, start, length, tokenIndex);
            }

            tokenIndex++;
        }
    }

    /// <summary>Runs a raw token through the index pipeline (once per distinct token, give or take a race) and gives its term, or null for a stop word.</summary>
    private LunrTerm? TermOf(ReadOnlySpan<char> rawToken, LunrTokenTable cache, out int key)
    {
        if (cache.TryGetValue(rawToken, out LunrTerm? known, out key, out int hash))
        {
            return known;
        }

        LunrTerm? term = SharedTermOf(rawToken);
        cache.Add(rawToken, hash, term);
        key = term?.Key ?? -1;
        return term;
    }

    /// <summary>The same, from the cache every thread shares, for a token this thread has not met yet.</summary>
    private LunrTerm? SharedTermOf(ReadOnlySpan<char> rawToken)
    {
        if (_pipelineCacheBySpan.TryGetValue(rawToken, out LunrTerm? cached))
        {
            return cached;
        }

        LunrTerm? term = null;
        ReadOnlySpan<char> trimmed = LunrTrimmer.Trim(rawToken);
        if (!LunrStopWordFilter.IsStopWord(trimmed))
        {
            string trimmedText = trimmed.ToString();
            string stem = _stemming ? PorterStemmer.Stem(trimmedText) : trimmedText;
            term = _termsByText.GetOrAdd(stem, text => new LunrTerm(text, Interlocked.Increment(ref _termKeys) - 1));
        }

        _pipelineCacheBySpan.TryAdd(rawToken, term);
        return term;
    }

    /// <summary>
    /// One posting entry per term of the field, in term index order (the field vector's), numbering the terms the
    /// index has not met yet in the order the field has them, as lunr does; with their occurrences when kept.
    /// </summary>
    private void AddPostings(LunrFieldTerms field)
    {
        int count = field.Terms.Length;
        if (_localIds.Length < count)
        {
            _localIds = new int[Math.Max(count, _localIds.Length * 2)];
            _localOrder = new int[_localIds.Length];
        }

        Span<int> ids = _localIds.AsSpan(0, count);
        Span<int> order = _localOrder.AsSpan(0, count);
        for (int local = 0; local < count; local++)
        {
            LunrTerm term = field.Terms[local];
            if (term.Id < 0)
            {
                term.Id = _terms.Count;
                _terms.Add(term.Text);
                _termDocumentFrequency.Add(0);
            }

            ids[local] = term.Id;
            order[local] = local;
        }

        ids.Sort(order);
        LunrOccurrences? occurrences = _metadata.Length > 0 ? field.Occurrences : null;
        for (int i = 0; i < count; i++)
        {
            int local = order[i];
            int term = ids[i];
            _entryTerm.Add(term);
            _entryTermFrequency.Add(field.Frequencies[local]);
            _termDocumentFrequency[term]++;
            if (occurrences is not null)
            {
                // Occurrences of one entry sit together, each in token order.
                _entryFirstOccurrence.Add(_occurrenceStart.Count);
                var group = new Range(occurrences.GroupStart[local], occurrences.GroupStart[local + 1]);
                _occurrenceStart.AddRange(occurrences.Start.AsSpan(group));
                _occurrenceLength.AddRange(occurrences.Length.AsSpan(group));
                _occurrenceTokenIndex.AddRange(occurrences.TokenIndex.AsSpan(group));
            }
        }
    }

    /// <summary>Throws for a value that <see cref="Tokenize"/> could not take.</summary>
    private static void Validate(object? value, string docRef, string fieldName)
    {
        string what = $"field '{fieldName}' of document '{docRef}'";
        switch (value)
        {
            case null:
                return;
            case string text:
                RequireWellFormed(text, what);
                return;
            case IEnumerable elements:
                foreach (object? element in elements)
                {
                    RequireWellFormed(AsString(element, docRef, fieldName), what);
                }

                return;
            default:
                AsString(value, docRef, fieldName);
                return;
        }
    }

    /// <summary>JavaScript's toString for the scalar values a field (or an array element) may hold.</summary>
    private static string AsString(object? value, string docRef, string fieldName) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => JavaScriptNumberFormat.Format(number),
        _ => throw new ArgumentException(
            $"Field '{fieldName}' of document '{docRef}' holds a {value.GetType().Name}; "
            + "a Lunr field takes a string, an array of strings, a number, a bool or null."),
    };

    /// <summary>lunr's <c>boost || 1</c>: null, 0 and NaN mean no boost.</summary>
    private static double OrOne(double? boost, string what)
    {
        if (boost is null || boost == 0 || double.IsNaN(boost.Value))
        {
            return 1;
        }

        if (double.IsInfinity(boost.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(boost), boost, $"A {what} must be finite: JSON has no infinity.");
        }

        return boost.Value;
    }

    /// <summary>
    /// A lone UTF-16 surrogate cannot be written as UTF-8 JSON the way JSON.stringify writes
    /// it, and no text read from a UTF-8 file contains one; so it is a caller's bug.
    /// </summary>
    private static void RequireWellFormed(string text, string what)
    {
        ReadOnlySpan<char> span = text;
        int i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return;
        }

        for (; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                throw new ArgumentException($"Text in {what} has a lone surrogate (U+{(int)span[i]:X4}) at {i}.");
            }
        }
    }
}
