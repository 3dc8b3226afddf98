using System.Collections.Concurrent;

namespace OpinionAct.Media.Search;

/// <summary>
/// Answers that depend on their key alone (never on an index or a result), kept node-wide and shared by every index
/// and request: readers type the same words again and again. Bounded: past <see cref="Capacity"/> keys it starts again
/// empty, which is simpler than an LRU and as bounded, so a flood of distinct keys costs at most one computation each,
/// as it did without the memo. <see cref="ReaderMemo{TReader, TKey, TValue}"/> is its counterpart for answers that
/// depend on an index reader too.
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
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (_kept.TryGetValue(key, out var known))
        {
            return known;
        }

        var made = compute(key);
        if (_kept.Count >= capacity)
        {
            _kept.Clear();
        }

        return _kept.GetOrAdd(key, made);
    }

    /// <summary>Forgets every answer.</summary>
    public void Clear() => _kept.Clear();
}
