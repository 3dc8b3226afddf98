using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Data.Portability;

/// <summary>
/// A tenant's PostgreSQL schema as one binary COPY entry per table, through the client library (no pg_dump on the
/// node): written inside one repeatable-read, read-only transaction so the tables agree with each other, and loaded
/// into a staging schema made by the same migrations, parents before children, with identity sequences moved past
/// the rows loaded.
/// </summary>
internal static class PostgresDump
{
    public static async Task<DatabaseDump> WriteAsync(MediaDatabase database, string tenant, IBackupEntries entries, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(tenant);
        var connection = await OpenAsync(db, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await ExecuteAsync(connection, "SET TRANSACTION READ ONLY", cancellationToken);
        var schema = TenantNaming.SchemaName(tenant);
        var lastMigration = (string)(await ScalarAsync(connection, $"SELECT \"MigrationId\" FROM \"{MediaDatabase.MigrationsHistoryTable}\" ORDER BY 1 DESC LIMIT 1", cancellationToken))!;
        var tables = new List<DumpedTable>();
        foreach (var (table, columns) in await TablesAsync(connection, schema, cancellationToken))
        {
            var entry = $"database/{table}.copy";
            await using (var copy = await connection.BeginRawBinaryCopyAsync($"COPY {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) TO STDOUT (FORMAT BINARY)", cancellationToken))
            {
                await entries.WriteAsync(entry, compress: true, stream => copy.CopyToAsync(stream, cancellationToken), cancellationToken);
            }

            tables.Add(new DumpedTable(table, columns, entry));
        }

        await transaction.CommitAsync(cancellationToken);
        return new DatabaseDump(lastMigration, tables);
    }

    /// <summary>Loads the dump into <paramref name="staging"/>'s schema, which migrations made at the dump's version.</summary>
    public static async Task LoadAsync(MediaDatabase database, string staging, DatabaseDump dump, IBackupEntries entries, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(staging);
        var connection = await OpenAsync(db, cancellationToken);
        var schema = TenantNaming.SchemaName(staging);
        var existing = (await TablesAsync(connection, schema, cancellationToken)).ToDictionary(t => t.Table, t => t.Columns, StringComparer.Ordinal);
        foreach (var table in dump.Tables.Where(t => !existing.TryGetValue(t.Name, out var columns) || !t.Columns.All(columns.Contains)))
        {
            throw new MediaValidationException($"The backup's table '{table.Name}' does not match the schema of its own version {dump.LastMigration}; the backup was not made by this product, or was edited.");
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Migrations may seed rows; the backup's rows replace them.
        await ExecuteAsync(connection, $"TRUNCATE {string.Join(", ", existing.Keys.Select(Quote))}", cancellationToken);
        foreach (var table in await ParentsFirstAsync(connection, schema, dump.Tables, cancellationToken))
        {
            await using var source = entries.Open(table.Entry);
            await using var copy = await connection.BeginRawBinaryCopyAsync($"COPY {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            await source.CopyToAsync(copy, cancellationToken);
        }

        await ResetSequencesAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Moves every identity or serial sequence of the schema just past the highest id its table holds.</summary>
    public static async Task ResetSequencesAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(db, cancellationToken);
        var identities = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')",
            connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in identities)
        {
            var sequence = $"pg_get_serial_sequence({Literal(Quote(table))}, {Literal(column)})";
            await ExecuteAsync(connection, $"SELECT setval({sequence}, GREATEST(COALESCE(MAX({Quote(column)}), 0), 1), MAX({Quote(column)}) IS NOT NULL) FROM {Quote(table)}", cancellationToken);
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        // Opened through EF so the connection interceptor points it at the tenant's schema.
        await db.Database.OpenConnectionAsync(cancellationToken);
        return (NpgsqlConnection)db.Database.GetDbConnection();
    }

    /// <summary>
    /// Every table of the schema but the migrations history (which migrations rebuild) and the media originals (the
    /// backup carries each master once, as a media entry read through the media storage), with its stored columns.
    /// </summary>
    private static async Task<List<(string Table, List<string> Columns)>> TablesAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        var tables = new List<(string Table, List<string> Columns)>();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = @schema AND c.table_name <> @history AND c.table_name <> @originals AND c.is_generated = 'NEVER'
            ORDER BY c.table_name, c.ordinal_position
            """,
            connection);
        command.Parameters.AddWithValue("schema", schema);
        command.Parameters.AddWithValue("history", MediaDatabase.MigrationsHistoryTable);
        command.Parameters.AddWithValue("originals", MediaLibrary.MediaOriginalStore.Table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            if (tables.Count == 0 || tables[^1].Table != table)
            {
                tables.Add((table, []));
            }

            tables[^1].Columns.Add(reader.GetString(1));
        }

        return tables;
    }

    /// <summary>The tables ordered so that every table comes after those its foreign keys point to (a self-reference is checked at the end of its COPY).</summary>
    private static async Task<List<DumpedTable>> ParentsFirstAsync(NpgsqlConnection connection, string schema, IReadOnlyList<DumpedTable> tables, CancellationToken cancellationToken)
    {
        var parents = tables.ToDictionary(t => t.Name, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            """
            SELECT child.relname, parent.relname FROM pg_constraint c
            JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
            JOIN pg_namespace n ON n.oid = child.relnamespace
            WHERE c.contype = 'f' AND n.nspname = @schema
            """,
            connection))
        {
            command.Parameters.AddWithValue("schema", schema);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (child, parent) = (reader.GetString(0), reader.GetString(1));
                if (child != parent && parents.TryGetValue(child, out var set) && parents.ContainsKey(parent))
                {
                    set.Add(parent);
                }
            }
        }

        var ordered = new List<DumpedTable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Where(t => !placed.Contains(t.Name) && parents[t.Name].All(placed.Contains)).ToList();
            if (ready.Count == 0)
            {
                throw new MediaValidationException("The backup's tables reference each other in a cycle; it cannot be loaded table by table.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(t => t.Name));
        }

        return ordered;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
