using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace OpinionAct.Media.Search;

/// <summary>
/// Hits' stored fields, read once per segment and document and kept for the next search that returns the same
/// document. Loading them (finding the compressed block, decompressing it up to the document, building its fields) was a
/// seventh of a search on the demo hub (issue 15's profile), for the same few documents again and again.
/// </summary>
/// <remarks>
/// <para>Exact: a segment's stored fields never change. An edited article is a new document in a new segment, the old
/// one deleted, and a search never returns a deleted document. Entries are keyed by the segment's core
/// (<see cref="IndexReader.CoreCacheKey"/>, shared by every reader of that segment, which is what Lucene's own field
/// cache keys by), so a refresh after a publish keeps what the unchanged segments hold, and entries go with their
/// segment once merged away and unreferenced.</para>
/// <para>Bounded across all hubs of the node, in characters (the hits' texts, and their tokens once a snippet analysed
/// them, <see cref="AnalyzedText"/>): once past its bound (<see cref="DefaultKeptChars"/> for the node), the next search drops every entry and keeping
/// starts again empty (the cost of reading each hit once more). Segments collected since the last reset still count
/// until then, so the bound is passed by at most what the searches under way analyse, and sometimes reached early.</para>
/// </remarks>
internal sealed class StoredHits(long keptChars)
{
    /// <summary>The node's default: 4 million characters (about 8 MB of text), every hub's hits together.</summary>
    public const long DefaultKeptChars = 4_000_000;

    /// <summary>The instance every search index of the process uses.</summary>
    public static StoredHits Shared { get; } = new(DefaultKeptChars);

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, StoredHit>>.CreateValueCallback NewSegment =
        _ => new ConcurrentDictionary<int, StoredHit>();

    private Generation _current = new();

    /// <summary>The stored part of the hit for <paramref name="doc"/>, a document id of <paramref name="reader"/> (a top-level reader).</summary>
    public StoredHit Get(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var generation = Volatile.Read(ref _current);
        if (generation.Held.Chars > keptChars)
        {
            // Full (texts analysed since the last hit was kept count too): start again empty. One thread's exchange wins.
            var next = new Generation();
            generation = Interlocked.CompareExchange(ref _current, next, generation) == generation ? next : Volatile.Read(ref _current);
        }

        var segment = generation.Segments.GetValue(leaf.Reader.CoreCacheKey, NewSegment);
        if (segment.TryGetValue(local, out var kept))
        {
            return kept;
        }

        var hit = StoredHit.From(leaf.Reader.Document(local));
        if (generation.Held.Add(hit.Chars) > keptChars)
        {
            return hit; // not kept; the next search starts a new generation
        }

        hit.Budget = generation.Held;
        return segment.GetOrAdd(local, hit);
    }

    /// <summary>Characters the hits kept now hold (for tests).</summary>
    public long HeldChars => Volatile.Read(ref _current).Held.Chars;

    /// <summary>How many hits are kept for the segments of <paramref name="reader"/> (for tests).</summary>
    public int Count(IndexReader reader)
    {
        var generation = Volatile.Read(ref _current);
        return reader.Leaves.Sum(leaf => generation.Segments.TryGetValue(leaf.Reader.CoreCacheKey, out var segment) ? segment.Count : 0);
    }

    /// <summary>The characters one generation of kept hits holds, their analysed texts included.</summary>
    internal sealed class Budget
    {
        private long _chars;

        public long Chars => Volatile.Read(ref _chars);

        public long Add(long chars) => Interlocked.Add(ref _chars, chars);
    }

    private sealed class Generation
    {
        public readonly ConditionalWeakTable<object, ConcurrentDictionary<int, StoredHit>> Segments = new();

        public readonly Budget Held = new();
    }
}
