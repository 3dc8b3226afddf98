using System.Runtime.CompilerServices;

namespace OpinionAct.Media.Search;

/// <summary>
/// Answers that depend only on an index reader and a key, kept with the reader: a reader never changes (new
/// documents come with a new reader, which starts with none), so an answer kept here is never older than the index it
/// is used on, and it goes when its reader does. Bounded per reader: past the bound the reader's answers start again
/// empty, which costs one lookup per key in use, as each did before.
/// </summary>
internal sealed class ReaderMemo<TReader, TKey, TValue>(int keptPerReader, IEqualityComparer<TKey>? comparer = null)
    where TReader : class
    where TKey : notnull
{
    private readonly ConditionalWeakTable<TReader, BoundedMemo<TKey, TValue>> _kept = new();

    // Made once: a lambda capturing the comparer at the call would be a new closure on every lookup of every search.
    private readonly ConditionalWeakTable<TReader, BoundedMemo<TKey, TValue>>.CreateValueCallback _newReader =
        _ => new BoundedMemo<TKey, TValue>(keptPerReader, comparer);

    /// <summary>Most answers kept per reader.</summary>
    public int KeptPerReader => keptPerReader;

    /// <summary>The answer for <paramref name="key"/> in <paramref name="reader"/>, looked up the first time only.</summary>
    public TValue GetOrAdd<TState>(TReader reader, TKey key, TState state, Func<TReader, TState, TValue> lookUp) =>
        _kept.GetValue(reader, _newReader).GetOrAdd(key, (reader, state, lookUp), static (_, call) => call.lookUp(call.reader, call.state));

    /// <summary>How many answers are kept for <paramref name="reader"/> (for tests).</summary>
    public int Count(TReader reader) => _kept.TryGetValue(reader, out var kept) ? kept.Count : 0;
}
