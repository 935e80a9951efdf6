namespace HealthLibrary.Search.Lunr;

/// <summary>
/// One thread's scratch for analysing a field: counts its tokens by term, in the order the field first has each,
/// and keeps the buffer its text is lowercased into. Kept from field to field and document to document.
/// </summary>
internal sealed class LunrTermCounter
{
    /// <summary>Per term key: the field (by <see cref="_stamp"/>) that last counted the term, and its place there.</summary>
    private int[] _marks = new int[1024];
    private int[] _local = new int[1024];
    private int _stamp;

    private readonly List<LunrTerm> _terms = [];
    private readonly List<int> _frequencies = [];
    private readonly List<(int Local, int Start, int Length, int TokenIndex)> _tokens = [];
    private bool _keepOccurrences;
    private int _length;

    /// <summary>The buffer text is lowercased into (see <see cref="JavaScriptCasing.ToLower(string, ref char[])"/>).</summary>
    public char[] Lowered = new char[4096];

    public void Begin(bool keepOccurrences)
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_marks);
            _stamp = 1;
        }

        _terms.Clear();
        _frequencies.Clear();
        _tokens.Clear();
        _keepOccurrences = keepOccurrences;
        _length = 0;
    }

    /// <summary>Counts one token of <paramref name="term"/>, whose <see cref="LunrTerm.Key"/> is <paramref name="key"/>.</summary>
    public void Count(LunrTerm term, int key, int start, int length, int tokenIndex)
    {
        if (key >= _marks.Length)
        {
            int size = Math.Max(key + 1, _marks.Length * 2);
            Array.Resize(ref _marks, size);
            Array.Resize(ref _local, size);
        }

        int local;
        if (_marks[key] == _stamp)
        {
            local = _local[key];
            _frequencies[local]++;
        }
        else
        {
            local = _terms.Count;
            _marks[key] = _stamp;
            _local[key] = local;
            _terms.Add(term);
            _frequencies.Add(1);
        }

        _length++;
        if (_keepOccurrences)
        {
            _tokens.Add((local, start, length, tokenIndex));
        }
    }

    public LunrFieldTerms Finish()
    {
        if (_length == 0)
        {
            return LunrFieldTerms.Empty;
        }

        return new LunrFieldTerms(_length, [.. _terms], [.. _frequencies], _keepOccurrences ? Occurrences() : null);
    }

    /// <summary>The tokens grouped by term, each group in token order: one counting sort.</summary>
    private LunrOccurrences Occurrences()
    {
        var groupStart = new int[_terms.Count + 1];
        for (int local = 0; local < _terms.Count; local++)
        {
            groupStart[local + 1] = groupStart[local] + _frequencies[local];
        }

        var fill = groupStart[.._terms.Count];
        var start = new int[_length];
        var length = new int[_length];
        var tokenIndex = new int[_length];
        foreach (var token in _tokens)
        {
            int at = fill[token.Local]++;
            start[at] = token.Start;
            length[at] = token.Length;
            tokenIndex[at] = token.TokenIndex;
        }

        return new LunrOccurrences(groupStart, start, length, tokenIndex);
    }
}
