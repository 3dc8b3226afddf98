using Npgsql;

namespace OpinionAct.Media.Cluster;

/// <summary>
/// Which node holds the background-job leases, read from PostgreSQL itself: advisory locks granted to sessions whose
/// application name is a node's name (each node's connection string names it).
/// </summary>
public sealed class LeaseWatch(ClusterLayout layout)
{
    private const string Holders = """
        SELECT a.application_name, count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()
        GROUP BY a.application_name ORDER BY count(*) DESC
        """;

    /// <summary>The node holding the most advisory locks, or null when none is held (no leases on this build).</summary>
    public async Task<string?> LeaderAsync()
    {
        var holders = await HoldersAsync();
        return holders.Count == 0 ? null : holders[0].Node;
    }

    /// <summary>Every node holding at least one advisory lock, with how many.</summary>
    public async Task<IReadOnlyList<(string Node, long Locks)>> HoldersAsync()
    {
        await using var connection = new NpgsqlConnection(layout.ConnectionString("cluster-watch"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Holders, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var holders = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            holders.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return holders;
    }

    /// <summary>Waits until the other nodes hold as many locks as were held before <paramref name="dead"/> died; false after the deadline.</summary>
    public async Task<bool> WaitForOtherLeaderAsync(string dead, long locksBefore, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (DateTime.UtcNow < until)
        {
            var holders = await HoldersAsync();
            if (holders.All(h => h.Node != dead) && holders.Sum(h => h.Locks) >= locksBefore)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
