using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Data.Portability;

/// <summary>
/// A tenant's database in and out of a backup, while the tenant keeps serving and writing. SQLite: the online backup
/// API copies every page under one read transaction, a consistent snapshot that never blocks writers (WAL).
/// PostgreSQL: every table of the tenant's schema as binary COPY inside one repeatable-read, read-only transaction.
/// A restore is built under a staging name (its own file or schema) at the backup's schema version, migrated forward,
/// and only then swapped in whole, so a refused or failed restore changes nothing.
/// </summary>
public sealed class TenantDatabaseBackup(MediaDatabase database)
{
    /// <summary>Every migration this build knows, oldest first: a backup whose last one is not here was made by a newer build.</summary>
    public IReadOnlyList<string> KnownMigrations(string tenant)
    {
        using var db = database.CreateTenantContext(tenant);
        return db.Database.GetMigrations().ToList();
    }

    public Task<DatabaseDump> DumpAsync(string tenant, IBackupEntries entries, CancellationToken cancellationToken) =>
        database.Provider == DatabaseProvider.Postgres
            ? PostgresDump.WriteAsync(database, tenant, entries, cancellationToken)
            : DumpSqliteAsync(tenant, entries, cancellationToken);

    /// <summary>Builds the backed-up database under <paramref name="staging"/> and migrates it to this build's schema.</summary>
    public async Task LoadAsync(string staging, DatabaseDump dump, IBackupEntries entries, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await database.MigrateTenantAsync(staging, cancellationToken, dump.LastMigration);
            await PostgresDump.LoadAsync(database, staging, dump, entries, cancellationToken);
        }
        else
        {
            var file = database.Layout.TenantDatabaseFile(staging);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using (var target = new FileStream(file, FileMode.CreateNew, FileAccess.Write))
            await using (var source = entries.Open(DatabaseDump.SqliteEntry))
            {
                await source.CopyToAsync(target, cancellationToken);
            }
        }

        await database.MigrateTenantAsync(staging, cancellationToken);
    }

    /// <summary>
    /// Adds a "rebuild the search index" row to the staging database's indexing log, numbered past
    /// <paramref name="pastId"/> (the log of the database it replaces): every node's index cursor is behind it, so every
    /// node rebuilds its index of the tenant from the restored database.
    /// </summary>
    public async Task RequestIndexRebuildAsync(string staging, long pastId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(staging);
        var restored = await db.SearchIndexLog.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
        db.SearchIndexLog.Add(new SearchIndexLogRecord { Id = Math.Max(restored, pastId) + 1, ArticleId = 0, CreatedUtc = nowUtc });
        await db.SaveChangesAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await PostgresDump.ResetSequencesAsync(db, cancellationToken);
        }
    }

    /// <summary>The highest indexing-log id of the tenant's current database; 0 when it has none.</summary>
    public async Task<long> LastIndexLogIdAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(tenant);
        return await db.SearchIndexLog.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
    }

    /// <summary>Puts the staging database in the tenant's place in one step (a file move, a schema rename), dropping what was there.</summary>
    public async Task SwapAsync(string staging, string tenant, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await using var host = database.CreateHostContext();
            await using var transaction = await host.Database.BeginTransactionAsync(cancellationToken);
            // Schema names come from validated tenant slugs ([a-z0-9_] only), so quoting them is enough.
            var drop = $"DROP SCHEMA IF EXISTS \"{TenantNaming.SchemaName(tenant)}\" CASCADE";
            var rename = $"ALTER SCHEMA \"{TenantNaming.SchemaName(staging)}\" RENAME TO \"{TenantNaming.SchemaName(tenant)}\"";
            await host.Database.ExecuteSqlRawAsync(drop, cancellationToken);
            await host.Database.ExecuteSqlRawAsync(rename, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            database.Release(staging);
            database.Release(tenant);
            return;
        }

        // Folded into the main file before the move: what a staging WAL still holds would otherwise be left behind.
        await using (var db = database.CreateTenantContext(staging))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        }

        database.Release(staging);
        database.Release(tenant);
        var target = database.Layout.TenantDatabaseFile(tenant);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        foreach (var sidecar in new[] { "-wal", "-shm" })
        {
            File.Delete(target + sidecar);
            File.Delete(database.Layout.TenantDatabaseFile(staging) + sidecar);
        }

        File.Move(database.Layout.TenantDatabaseFile(staging), target, overwrite: true);
    }

    private async Task<DatabaseDump> DumpSqliteAsync(string tenant, IBackupEntries entries, CancellationToken cancellationToken)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"opinionact-backup-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = database.CreateTenantContext(tenant);
            var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString();
            string lastMigration;
            await using (var from = new SqliteConnection(source))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
            {
                await from.OpenAsync(cancellationToken);
                await to.OpenAsync(cancellationToken);
                from.BackupDatabase(to);
                await using var command = to.CreateCommand();
                command.CommandText = $"SELECT MigrationId FROM \"{MediaDatabase.MigrationsHistoryTable}\" ORDER BY MigrationId DESC LIMIT 1";
                lastMigration = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
            }

            await entries.WriteAsync(DatabaseDump.SqliteEntry, compress: true, async stream =>
            {
                await using var file = File.OpenRead(copy);
                await file.CopyToAsync(stream, cancellationToken);
            }, cancellationToken);
            return new DatabaseDump(lastMigration, []);
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
