using System.Collections.Concurrent;

namespace OpinionAct.Media.Search;

/// <summary>
/// Answers that depend on their key alone (never on an index or a result), kept node-wide and shared by every index
/// and request: readers type the same words again and again. Bounded: past <see cref="Capacity"/> keys it starts again
/// empty, which is simpler than an LRU and as bounded, so a flood of distinct keys costs at most one computation each,
/// as it did without the memo. <see cref="ReaderMemo{TReader, TKey, TValue}"/> keeps one per index reader, for answers
/// that depend on the reader too.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _kept = new(comparer);

    /// <summary>Most answers kept.</summary>
    public int Capacity => capacity;

    /// <summary>How many answers are kept now (for tests).</summary>
    public int Count => _kept.Count;

    /// <summary>The answer for <paramref name="key"/>, computed by <paramref name="compute"/> when not kept.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute) => GetOrAdd(key, compute, static (key, compute) => compute(key));

    /// <summary>The same, with what the computation needs besides the key passed along (no closure per call).</summary>
    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        if (_kept.TryGetValue(key, out var known))
        {
            return known;
        }

        var made = compute(key, state);
        if (_kept.Count >= capacity)
        {
            _kept.Clear();
        }

        return _kept.GetOrAdd(key, made);
    }

    /// <summary>Forgets every answer.</summary>
    public void Clear() => _kept.Clear();
}
