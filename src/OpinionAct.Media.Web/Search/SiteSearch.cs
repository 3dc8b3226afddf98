using System.Text.RegularExpressions;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Search;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Searches the current tenant's index after catching it up with the indexing log, and records
/// public queries as audience signals: normalised text (emails and long numbers redacted), result
/// count, time and, later, the clicked position. Nothing about the reader is stored. The log is written by
/// <see cref="SearchQueryLog"/> after the answer (group commit): a search waits for no database write.
/// </summary>
public sealed partial class SiteSearch(
    SearchQueryStore store, SearchQueryLog log, SearchIndexer indexer, TenantSearchIndexes indexes, TenantContext tenant, TimeProvider clock)
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // An editor's search covers drafts, whose edits are not announced as content changes: always read the log.
        await indexer.CatchUpAsync(always: request.IncludeUnpublished, cancellationToken);
        return indexes.For(tenant.Tenant.Name).Search(request);
    }

    /// <summary>
    /// Logs a public query with a non-empty text; returns its id for click reporting. Only its first page is
    /// logged: paging through the results of one search is not another search (it would inflate demand).
    /// </summary>
    public long? Log(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Query.Length == 0 || results.Page > 1)
        {
            return null;
        }

        var record = new SearchQueryRecord
        {
            Query = Redact(results.Query),
            ResultCount = results.Total,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            TopArticleId = results.Hits.Count > 0 ? results.Hits[0].Id : null,
        };
        return log.Enqueue(tenant.Tenant.Name, record);
    }

    /// <summary>Records the first result opened from a logged query; later clicks and unknown ids are ignored.</summary>
    public async Task RecordClickAsync(long queryId, int position, CancellationToken cancellationToken)
    {
        if (position is < 1 or > 1000)
        {
            return;
        }

        // The query's row may still be queued when a click follows its search at once.
        await log.FlushAsync(tenant.Tenant.Name, cancellationToken);
        await store.RecordFirstClickAsync(queryId, position, cancellationToken);
    }

    /// <summary>People type addresses and phone numbers into search boxes; those never reach the log.</summary>
    public static string Redact(string query) => LongNumber().Replace(Email().Replace(query, "[email]"), "[number]");

    [GeneratedRegex(@"\S+@\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\d[\d .-]{5,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}
