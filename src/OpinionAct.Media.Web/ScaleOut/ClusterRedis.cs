using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// A cluster member's one connection to Redis (StackExchange.Redis multiplexes every caller over it). The node never
/// waits for Redis: it connects in the background at start, and while Redis is away <see cref="TryDatabase"/> says so
/// and callers fall back to what the node can do alone (its own counters, the PostgreSQL version poll). The client
/// reconnects by itself; <see cref="Reconnected"/> then tells listeners that messages may have been missed.
/// </summary>
public sealed class ClusterRedis(IOptions<RedisOptions> options, IOptions<MediaOptions> media, ILogger<ClusterRedis> logger) : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private ConnectionMultiplexer? _connection;
    private Task? _connecting;

    /// <summary>Raised after the first connection and after every reconnection (pub/sub messages sent meanwhile were lost).</summary>
    public event Action? Reconnected;

    /// <summary>Put before keys and channel names (<see cref="RedisOptions.Prefix"/>).</summary>
    public string Prefix => options.Value.Prefix;

    public bool IsConnected => _connection?.IsConnected == true;

    /// <summary>The raw connection once made (for health checks and pub/sub); null before the first connect attempt ends.</summary>
    public IConnectionMultiplexer? Connection => _connection;

    /// <summary>The database with this deployment's key prefix, or false while Redis cannot be reached.</summary>
    public bool TryDatabase(out IDatabase database)
    {
        if (_connection is { IsConnected: true } connection)
        {
            database = connection.GetDatabase().WithKeyPrefix(Prefix);
            return true;
        }

        database = null!;
        return false;
    }

    /// <summary>A channel name with this deployment's prefix.</summary>
    public RedisChannel Channel(string name) => RedisChannel.Literal(Prefix + name);

    /// <summary>Starts connecting without waiting; safe to call more than once.</summary>
    public Task StartAsync()
    {
        lock (_lock)
        {
            return _connecting ??= ConnectAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task ConnectAsync()
    {
        var settings = ConfigurationOptions.Parse(options.Value.Configuration!);

        // Never fail the node for Redis: keep retrying in the background, and fail a call fast rather than hang it.
        settings.AbortOnConnectFail = false;
        settings.ConnectTimeout = Math.Min(settings.ConnectTimeout, 2000);
        settings.SyncTimeout = Math.Min(settings.SyncTimeout, 2000);
        settings.AsyncTimeout = Math.Min(settings.AsyncTimeout, 2000);
        settings.ClientName ??= NodeNames.Resolve(media.Value.NodeName);
        var where = string.Join(", ", settings.EndPoints);

        var connection = await ConnectionMultiplexer.ConnectAsync(settings);
        connection.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                logger.RedisLost(where, e.FailureType.ToString());
            }
        };
        connection.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                logger.RedisRestored(where);
                Reconnected?.Invoke();
            }
        };
        _connection = connection;
        if (connection.IsConnected)
        {
            logger.RedisConnected(where);
            Reconnected?.Invoke();
        }
        else
        {
            logger.RedisUnreachableAtStart(where);
        }
    }
}
