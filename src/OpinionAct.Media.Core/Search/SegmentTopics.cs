using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace OpinionAct.Media.Search;

/// <summary>
/// The topic ordinals of every document of one segment, decoded once from the sorted-set doc
/// values into flat arrays (about 12 bytes per document), so that counting facets over thousands
/// of matches is an array walk. Cached per segment core: new segments (refresh) and merged ones
/// get their own, closed ones are collected with their readers.
/// </summary>
internal sealed class SegmentTopics
{
    private static readonly ConditionalWeakTable<object, SegmentTopics> Cache = new();

    private SegmentTopics(int[] starts, int[] ords, string[] values)
    {
        Starts = starts;
        Ords = ords;
        Values = values;
    }

    /// <summary>Document d's ordinals are <see cref="Ords"/>[Starts[d]..Starts[d + 1]].</summary>
    public int[] Starts { get; }

    public int[] Ords { get; }

    /// <summary>The "slug\u001Fname" of each ordinal.</summary>
    public string[] Values { get; }

    public static SegmentTopics? For(AtomicReader reader) =>
        reader.GetSortedSetDocValues(SearchFields.TopicFacet) is null ? null : Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentTopics Load(AtomicReader reader)
    {
        var values = reader.GetSortedSetDocValues(SearchFields.TopicFacet)!;
        var starts = new int[reader.MaxDoc + 1];
        var ords = new List<int>(reader.MaxDoc * 2);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != Lucene.Net.Index.SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }
        }

        starts[reader.MaxDoc] = ords.Count;
        var names = new string[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }

        return new SegmentTopics(starts, [.. ords], names);
    }
}
