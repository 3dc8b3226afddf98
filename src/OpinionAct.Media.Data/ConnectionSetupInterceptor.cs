using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpinionAct.Media.Data;

/// <summary>Runs one SQL batch on every connection a context opens, before any query of its own.</summary>
internal sealed class ConnectionSetupInterceptor(string sql) : DbConnectionInterceptor
{
    // SQLite's settings belong to the physical connection, which the pool keeps open between uses: each one runs the
    // batch once, not on every open (a page's queries used to pay it each time). Keyed weakly by its native handle.
    private static readonly ConditionalWeakTable<object, object> SqliteReady = [];
    private static readonly object Marker = new();

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
        if (AlreadySetUp(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        MarkSetUp(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (AlreadySetUp(connection))
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        MarkSetUp(connection);
    }

    /// <summary>
    /// True when this SQLite connection's native handle already ran the batch. PostgreSQL's pool resets session state
    /// when a connection returns to it, so its batch runs on every open.
    /// </summary>
    private static bool AlreadySetUp(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && SqliteReady.TryGetValue(handle, out _);

    /// <summary>Remembers a SQLite handle once its batch succeeded (a failed batch runs again at the next open).</summary>
    private static void MarkSetUp(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SqliteReady.AddOrUpdate(handle, Marker);
        }
    }
}
