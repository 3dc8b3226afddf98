using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace OpinionAct.Media.Search;

/// <summary>
/// A filter cached per segment as a plain bit set. Unlike the default compressed cache it offers
/// random access, so a dense filter (published articles) is applied as the scorers' accepted
/// documents instead of being leap-frogged with the query.
/// </summary>
internal sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
{
    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}
