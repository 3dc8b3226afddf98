using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OpinionAct.Media.Search;

/// <summary>
/// Counts the topics of every matching document (from the "slug\u001Fname" sorted-set doc values,
/// see <see cref="SegmentTopics"/>), one counter array per segment, merged by slug at the end.
/// </summary>
internal sealed class TopicFacetCollector : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SegmentTopics? _segment;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentTopics.For(context.AtomicReader);
        _segmentCounts = _segment is null ? [] : new int[_segment.Values.Length];
    }

    public void Collect(int doc)
    {
        if (_segment is null)
        {
            return;
        }

        var ords = _segment.Ords;
        for (int i = _segment.Starts[doc], end = _segment.Starts[doc + 1]; i < end; i++)
        {
            _segmentCounts[ords[i]]++;
        }
    }

    /// <summary>Counts by slug, most frequent first, then by name; a slug indexed under two names shows its most frequent one.</summary>
    public IReadOnlyList<FacetCount> Results()
    {
        Flush();
        return _counts
            .Select(entry => (Term: SearchDocumentMapper.ParseTerm(entry.Key), Count: entry.Value))
            .GroupBy(entry => entry.Term.Slug, StringComparer.Ordinal)
            .Select(group => new FacetCount(
                group.Key,
                group.OrderByDescending(entry => entry.Count).First().Term.Name,
                group.Sum(entry => entry.Count)))
            .OrderByDescending(facet => facet.Count)
            .ThenBy(facet => facet.Name, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(facet => facet.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }

        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                var key = _segment.Values[ord];
                _counts[key] = _counts.GetValueOrDefault(key) + _segmentCounts[ord];
            }
        }

        _segment = null;
        _segmentCounts = [];
    }
}
