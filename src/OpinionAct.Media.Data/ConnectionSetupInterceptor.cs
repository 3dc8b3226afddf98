using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpinionAct.Media.Data;

/// <summary>Runs one SQL batch on every connection a context opens, before any query of its own.</summary>
internal sealed class ConnectionSetupInterceptor(string sql) : DbConnectionInterceptor
{
    /// <summary>
    /// SQLite in write-ahead-log mode: readers never wait for the writer, and a commit appends to the
    /// log instead of rewriting pages. With synchronous=NORMAL a commit survives a crash of the
    /// process, though the last commits may be lost if the machine itself loses power.
    /// </summary>
    public static readonly ConnectionSetupInterceptor Sqlite = new("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");

    /// <summary>
    /// Points a tenant's PostgreSQL connections at its schema. Npgsql resets session state when a
    /// connection returns to the shared pool, so one tenant's search path never leaks to another.
    /// Schema names come from validated tenant slugs, so quoting them is enough.
    /// </summary>
    public static ConnectionSetupInterceptor PostgresSchema(string schema) => new($"SET search_path TO \"{schema}\"");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
