using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OpinionAct.Media.Search;

/// <summary>
/// The non-scoring part of a request, applied as nested filtered queries: published only (a filter
/// cached per segment by <see cref="SearchIndex"/>, since nearly every search uses it), topics (any
/// of), expert, and dates (inclusive, checked on the date doc values).
/// </summary>
internal static class SearchFilters
{
    /// <summary>Topic slugs beyond this many are ignored (far more than any topic tree has).</summary>
    public const int MaxTopics = 256;

    public static readonly Query PublishedOnly = new TermQuery(new Term(SearchFields.Published, "1"));

    /// <summary><paramref name="query"/> restricted by the filters of <paramref name="request"/>; null when no document can pass (from after to).</summary>
    public static Query? Apply(Query query, SearchRequest request, Filter publishedOnly)
    {
        if (!request.IncludeUnpublished)
        {
            query = new FilteredQuery(query, publishedOnly);
        }

        var terms = new BooleanQuery();
        var topics = (request.TopicSlugs ?? [])
            .Where(slug => !string.IsNullOrWhiteSpace(slug))
            .Select(slug => slug.Trim())
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTopics)
            .ToList();
        if (topics.Count > 0)
        {
            var anyTopic = new BooleanQuery();
            foreach (var slug in topics)
            {
                anyTopic.Add(new TermQuery(new Term(SearchFields.Topic, slug)), Occur.SHOULD);
            }

            terms.Add(anyTopic, Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.ExpertSlug))
        {
            terms.Add(new TermQuery(new Term(SearchFields.Expert, request.ExpertSlug.Trim())), Occur.MUST);
        }

        if (terms.Clauses.Count > 0)
        {
            query = new FilteredQuery(query, new QueryWrapperFilter(terms));
        }

        if (request.FromUtc is not null || request.ToUtc is not null)
        {
            long? from = request.FromUtc is { } start ? SearchDocumentMapper.Ticks(start) : null;
            long? to = request.ToUtc is { } end ? EndTicks(end) : null;
            if (from > to)
            {
                return null;
            }

            query = new FilteredQuery(query, FieldCacheRangeFilter.NewInt64Range(SearchFields.Date, from, to, includeLower: true, includeUpper: true));
        }

        return query;
    }

    /// <summary>A "to" at midnight means that whole day; any other time is taken as it is.</summary>
    private static long EndTicks(DateTime end)
    {
        var ticks = SearchDocumentMapper.Ticks(end);
        return end.TimeOfDay == TimeSpan.Zero
            ? Math.Min(ticks + (TimeSpan.TicksPerDay - 1), DateTime.MaxValue.Ticks)
            : ticks;
    }
}
