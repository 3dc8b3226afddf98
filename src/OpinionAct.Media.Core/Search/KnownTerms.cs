using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OpinionAct.Media.Search;

/// <summary>
/// Term queries that carry their term's per-segment states (where its postings start, how many documents hold it),
/// kept per reader: building a query's weights looked each term up in every segment's terms dictionary, for every
/// term of every field a word is searched in, on every search (issue 15's profile: about 7 % of a search on the
/// demo hub). A reader never changes, so its states never go stale; Lucene itself checks that the states it is
/// handed belong to the reader being searched, and looks the term up again if they do not.
/// </summary>
internal static class KnownTerms
{
    /// <summary>Most terms whose states are kept per reader.</summary>
    public const int KeptPerReader = 4_096;

    private static readonly ReaderMemo<IndexReaderContext, Term, TermContext> Kept = new(KeptPerReader);

    /// <summary>A query for <paramref name="term"/> carrying its states in <paramref name="reader"/>.</summary>
    public static TermQuery Query(IndexReaderContext reader, Term term, float boost = 1f) =>
        new(term, Kept.GetOrAdd(reader, term, term, TermContext.Build)) { Boost = boost };

    /// <summary>How many terms' states are kept for <paramref name="reader"/> (for tests).</summary>
    internal static int KeptFor(IndexReaderContext reader) => Kept.Count(reader);
}
