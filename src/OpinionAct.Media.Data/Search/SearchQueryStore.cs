using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Search;

/// <summary>The log of public search queries and the clicks on their results (rows are written by the search module's queue, through <see cref="SearchQueryLogStore"/>).</summary>
public sealed class SearchQueryStore(TenantDbContext db)
{
    /// <summary>Records the clicked position unless the query already has one (or does not exist).</summary>
    public Task<int> RecordFirstClickAsync(long queryId, int position, CancellationToken cancellationToken) =>
        db.SearchQueries.Where(q => q.Id == queryId && q.ClickedPosition == null)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.ClickedPosition, position), cancellationToken);

    /// <summary>The <paramref name="count"/> most searched texts since <paramref name="sinceUtc"/>, most searched first.</summary>
    public async Task<List<SearchQueryStats>> TopAsync(DateTime sinceUtc, bool zeroResultsOnly, int count, CancellationToken cancellationToken)
    {
        var rows = await db.SearchQueries.AsNoTracking()
            .Where(q => q.CreatedUtc >= sinceUtc && (!zeroResultsOnly || q.ResultCount == 0))
            .GroupBy(q => q.Query)
            .Select(g => new
            {
                Query = g.Key,
                Searches = g.Count(),
                ZeroResults = g.Sum(q => q.ResultCount == 0 ? 1 : 0),
                Clicks = g.Sum(q => q.ClickedPosition != null ? 1 : 0),
                MaxResults = g.Max(q => q.ResultCount),
            })
            .OrderByDescending(s => s.Searches).ThenBy(s => s.Query)
            .Take(count)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SearchQueryStats(r.Query, r.Searches, r.ZeroResults, r.Clicks, r.MaxResults)).ToList();
    }
}
