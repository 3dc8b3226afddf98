using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Portability;

/// <summary>
/// Reads everything an export holds from one consistent view of the tenant's database, while the tenant
/// keeps serving and writing: a deferred read transaction on SQLite (WAL gives it a snapshot without
/// blocking writers), a repeatable-read one on PostgreSQL. Articles are streamed, so a large hub is
/// never held in memory whole. Nothing personal is read: no accounts, no subscribers.
/// </summary>
public sealed class TenantExportReader(TenantDbContext db)
{
    public async Task ReadAsync(Func<TenantExportSnapshot, Task> use, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = connection is SqliteConnection sqlite
                ? await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: true), cancellationToken)
                : await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await use(new TenantExportSnapshot(db));
            await transaction!.RollbackAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
