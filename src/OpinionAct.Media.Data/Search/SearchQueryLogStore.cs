using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Search;

/// <summary>
/// Writes queued public search queries (already redacted, with ids chosen by the node) into a tenant's log,
/// many per transaction. Singleton: it opens the tenant's context by name, outside any request.
/// </summary>
public sealed class SearchQueryLogStore(MediaDatabase database)
{
    /// <summary>Inserts every row in one transaction.</summary>
    public async Task AddRangeAsync(string tenant, IReadOnlyList<SearchQueryRecord> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var db = database.CreateTenantContext(tenant);
        db.SearchQueries.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Inserts the rows one transaction each, skipping those that fail (an id another node also chose); returns how many were stored.</summary>
    public async Task<int> AddEachAsync(string tenant, IReadOnlyList<SearchQueryRecord> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var stored = 0;
        foreach (var row in rows)
        {
            await using var db = database.CreateTenantContext(tenant);
            db.SearchQueries.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                stored++;
            }
            catch (DbUpdateException)
            {
                // A query log row is an audience signal, not a record anyone depends on: drop the one that cannot be stored.
            }
        }

        return stored;
    }
}
