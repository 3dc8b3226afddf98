using Npgsql;

namespace OpinionAct.Media.Data.ScaleOut;

/// <summary>
/// One dedicated PostgreSQL session that holds session-level advisory locks (<c>pg_try_advisory_lock</c>). The lock
/// lives exactly as long as the session: closing the connection, the process dying or the server ending the backend
/// frees it at once, so no lease expiry or clock is involved. Not pooled: a pooled connection's session would outlive
/// <see cref="DisposeAsync"/> and keep the lock. Used from one loop at a time (a connection is not thread-safe).
/// </summary>
public sealed class AdvisoryLockSession : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private AdvisoryLockSession(NpgsqlConnection connection) => _connection = connection;

    /// <summary>
    /// Opens the session. Its application name in <c>pg_stat_activity</c> is the connection string's own when it sets
    /// one (a deployment naming each node's sessions), else <paramref name="fallbackApplicationName"/>, so an operator
    /// (or a test) can tell which node's session holds a lease.
    /// </summary>
    public static async Task<AdvisoryLockSession> OpenAsync(string connectionString, string fallbackApplicationName, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,

            // Fail fast rather than hold a lease the node cannot confirm: a hung query must not keep jobs starting.
            Timeout = 5,
            CommandTimeout = 5,
            KeepAlive = 5,
        };
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = fallbackApplicationName;
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return new AdvisoryLockSession(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Takes the lock <paramref name="key"/> if nobody holds it; true when this session now holds it.</summary>
    public async Task<bool> TryLockAsync(long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", _connection);
        command.Parameters.AddWithValue("key", key);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>True while this session still holds <paramref name="key"/>; throws when the session is gone.</summary>
    public async Task<bool> HoldsAsync(long key, CancellationToken cancellationToken)
    {
        // A bigint advisory key shows in pg_locks as classid (high half), objid (low half) and objsubid 1.
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted " +
            "AND classid::bigint = @high AND objid::bigint = @low AND objsubid = 1",
            _connection);
        command.Parameters.AddWithValue("high", (long)(uint)(key >> 32));
        command.Parameters.AddWithValue("low", (long)(uint)key);
        return await command.ExecuteScalarAsync(cancellationToken) is long count && count > 0;
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for anything from the server. Returns false on timeout; throws as soon as
    /// the server closes the session (it was terminated, or the server stopped), which is how a leader learns at once
    /// that its lock is gone.
    /// </summary>
    public Task<bool> WatchAsync(TimeSpan timeout, CancellationToken cancellationToken) => _connection.WaitAsync(timeout, cancellationToken);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
