using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Analytics;

namespace OpinionAct.Media.Data.Search;

/// <summary>
/// Writes queued public search queries (already redacted, with ids chosen by the node) into a tenant's log,
/// many per transaction. Singleton: it opens the tenant's context by name, outside any request.
/// </summary>
public sealed class SearchQueryLogStore(MediaDatabase database)
{
    /// <summary>Rows per INSERT statement: a batch of the log is cut into statements of at most this many rows.</summary>
    internal const int RowsPerStatement = 10;

    /// <summary>
    /// Inserts every row in one transaction (all stored, or none), as multi-row INSERTs written from the EF model
    /// (<see cref="RecordTable{TRecord}"/>, keys included) rather than through EF's change tracking, which cost more than
    /// the insert itself: about 7 % of a search's CPU on the demo hub (issue 15's profile).
    /// </summary>
    public async Task AddRangeAsync(string tenant, IReadOnlyList<SearchQueryRecord> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            await InsertAsync(tenant, rows, cancellationToken);
        }
        catch (DbException ex)
        {
            // As EF reports a failed save (an id already taken, a constraint): the caller falls back to one row at a time.
            throw new DbUpdateException($"Could not store {rows.Count} search queries in one transaction; none was stored.", ex);
        }
    }

    private async Task InsertAsync(string tenant, IReadOnlyList<SearchQueryRecord> rows, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(tenant);
        var table = RecordTable<SearchQueryRecord>.WithKeys(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        for (var at = 0; at < rows.Count; at += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - at);
            await using var insert = table.Command(connection, table.Insert(count), count);
            insert.Transaction = transaction;
            for (var r = 0; r < count; r++)
            {
                table.Bind(insert, rows[at + r], r);
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
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
