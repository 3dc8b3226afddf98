using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Data.MediaLibrary;

/// <summary>
/// Masters of a cluster member, as <c>bytea</c> rows of the tenant's own schema (the connection's search path is the
/// tenant's, so no query names a tenant). Bytes are streamed both ways: a write sends a seekable stream to the server
/// as it reads it, a read hands out the column as it arrives (sequential access), so no master is held whole in memory.
/// </summary>
public sealed class MediaOriginalStore(MediaDatabase database)
{
    public const string Table = "MediaOriginals";

    /// <summary>True when the tenant already holds this master.</summary>
    public async Task<bool> ExistsAsync(string tenant, string hash, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(tenant, cancellationToken);
        await using var command = Command(db, $"""SELECT 1 FROM "{Table}" WHERE "Hash" = @hash""");
        command.Parameters.AddWithValue("hash", hash);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>
    /// Stores a master read from <paramref name="content"/> (seekable, positioned at its start). One statement, so a
    /// failed or cancelled write leaves no row; a hash already there (another node, a second import) is kept as it is.
    /// </summary>
    public async Task PutAsync(string tenant, string hash, int format, Stream content, DateTime createdUtc, CancellationToken cancellationToken)
    {
        if (!content.CanSeek)
        {
            throw new ArgumentException("The master must be seekable, so its length is known before it is sent.", nameof(content));
        }

        await using var db = await OpenAsync(tenant, cancellationToken);
        await using var command = Command(
            db,
            $"""
            INSERT INTO "{Table}" ("Hash", "Format", "Size", "Bytes", "CreatedUtc") VALUES (@hash, @format, @size, @bytes, @created)
            ON CONFLICT ("Hash") DO NOTHING
            """);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("format", format);
        command.Parameters.AddWithValue("size", content.Length - content.Position);
        command.Parameters.Add(new NpgsqlParameter("bytes", NpgsqlDbType.Bytea) { Value = content });
        command.Parameters.AddWithValue("created", DateTime.SpecifyKind(createdUtc, DateTimeKind.Utc));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The master's bytes as they come from the server, or null when the tenant has none with this hash and format.
    /// The stream holds a pooled connection until it is disposed: read it, then dispose it.
    /// </summary>
    public async Task<Stream?> OpenReadAsync(string tenant, string hash, int format, CancellationToken cancellationToken)
    {
        var db = await OpenAsync(tenant, cancellationToken);
        NpgsqlCommand? command = null;
        NpgsqlDataReader? reader = null;
        try
        {
            command = Command(db, $"""SELECT "Bytes" FROM "{Table}" WHERE "Hash" = @hash AND "Format" = @format""");
            command.Parameters.AddWithValue("hash", hash);
            command.Parameters.AddWithValue("format", format);
            reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                await reader.DisposeAsync();
                await command.DisposeAsync();
                await db.DisposeAsync();
                return null;
            }

            return new MediaOriginalStream(reader.GetStream(0), reader, command, db);
        }
        catch
        {
            if (reader is not null)
            {
                await reader.DisposeAsync();
            }

            if (command is not null)
            {
                await command.DisposeAsync();
            }

            await db.DisposeAsync();
            throw;
        }
    }

    public async Task DeleteAsync(string tenant, string hash, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(tenant, cancellationToken);
        await using var command = Command(db, $"""DELETE FROM "{Table}" WHERE "Hash" = @hash""");
        command.Parameters.AddWithValue("hash", hash);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Number and bytes of the masters the tenant holds (what a test or a person checking the table wants to know).</summary>
    public async Task<(int Count, long Bytes)> TotalsAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(tenant, cancellationToken);
        await using var command = Command(db, $"""SELECT COUNT(*), COALESCE(SUM("Size"), 0) FROM "{Table}" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The tenant's context with its connection open: opening runs the interceptor that sets the tenant's search path.</summary>
    private async Task<TenantDbContext> OpenAsync(string tenant, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Media originals live in PostgreSQL only on a cluster member; a SQLite node keeps them as files.");
        }

        var db = database.CreateTenantContext(tenant);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private static NpgsqlCommand Command(TenantDbContext db, string sql) =>
        new(sql, (NpgsqlConnection)db.Database.GetDbConnection());
}
