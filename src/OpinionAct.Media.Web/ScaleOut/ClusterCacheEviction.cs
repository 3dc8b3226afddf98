using System.Threading.Channels;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;
using StackExchange.Redis;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// A cluster member's ear on the tenants channel: when another node announces a tenant table write
/// (<see cref="TenantChangeAnnouncer"/>), this node rereads the table at once, which evicts the output cache (pages
/// and Content API answers) and bumps the search version of every tenant whose content moved, exactly as the poll of
/// <see cref="MediaOptions.TenantRefreshInterval"/> does, only sooner; the poll stays as the fallback. Announcements
/// arriving together are handled by one reread.
/// </summary>
/// <remarks>
/// Pub/sub drops what is sent while a node is disconnected, so on every (re)connection
/// (<see cref="ClusterRedis.Reconnected"/>) the node assumes the worst: it rereads the table and evicts every tenant's
/// cached pages and answers, and makes every tenant's next search read the indexing log (event 2522).
/// </remarks>
internal sealed class ClusterCacheEviction(
    ClusterMode cluster,
    ClusterRedis redis,
    TenantChangeAnnouncer announcer,
    TenantRegistry registry,
    IEnumerable<ITenantContentObserver> observers,
    TimeProvider clock,
    ILogger<ClusterCacheEviction> logger) : BackgroundService
{
    /// <summary>How soon a failed subscription or flush is tried again.</summary>
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    /// <summary>How often a node that is not listening yet checks whether Redis has become reachable.</summary>
    private static readonly TimeSpan Watch = TimeSpan.FromSeconds(5);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _flushDue;
    private int _subscribed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cluster.IsMember)
        {
            return;
        }

        redis.Reconnected += OnReconnected;
        try
        {
            // The first connection may have been made before this service listened for it.
            if (redis.IsConnected)
            {
                OnReconnected();
            }

            _ = WatchAsync(stoppingToken);
            await foreach (var _ in _wake.Reader.ReadAllAsync(stoppingToken))
            {
                await HandleAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            redis.Reconnected -= OnReconnected;
        }
    }

    private async Task HandleAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SubscribeAsync();
            if (Interlocked.Exchange(ref _flushDue, 0) == 1)
            {
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch
                {
                    Volatile.Write(ref _flushDue, 1);
                    throw;
                }
            }
            else
            {
                await registry.RefreshAsync(stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.TenantChangeFailed(ex, announcer.Node);
            _ = WakeLaterAsync(stoppingToken);
        }
    }

    /// <summary>Listens on the channel once; the client itself subscribes again after every reconnection.</summary>
    private async Task SubscribeAsync()
    {
        if (Volatile.Read(ref _subscribed) == 1 || redis.Connection is not { } connection)
        {
            return;
        }

        var channel = redis.Channel(TenantChangeMessage.Channel);
        await connection.GetSubscriber().SubscribeAsync(channel, (_, message) => OnMessage(message));

        // The subscription has a connection of its own, which may come back after the one that raised Reconnected:
        // what was announced in between is caught by rereading the table once more then.
        connection.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                _wake.Writer.TryWrite(true);
            }
        };
        Volatile.Write(ref _subscribed, 1);
        logger.ListeningForChanges(announcer.Node, channel.ToString());
    }

    /// <summary>Rereads the table, then evicts every tenant's cached pages and answers and stales its search version.</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await registry.RefreshAsync(cancellationToken);
        var tenants = registry.Table.Tenants;
        foreach (var tenant in tenants)
        {
            foreach (var observer in observers)
            {
                await observer.OnTenantContentChangedAsync(tenant.Name, cancellationToken);
            }
        }

        logger.CachesFlushed(announcer.Node, tenants.Count);
    }

    private void OnReconnected()
    {
        Volatile.Write(ref _flushDue, 1);
        _wake.Writer.TryWrite(true);
    }

    private void OnMessage(RedisValue value)
    {
        if (!TenantChangeMessage.TryParse(value, out var message) || message.Node == announcer.Node)
        {
            return;
        }

        logger.TenantChangeHeard(announcer.Node, message.Node, message.Tenant);
        _wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// A safety net for a connection made without a <see cref="ClusterRedis.Reconnected"/> this service heard (Redis
    /// unreachable at start, then reached): until the node listens, it looks every few seconds.
    /// </summary>
    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (Volatile.Read(ref _subscribed) == 0)
            {
                await Task.Delay(Watch, clock, stoppingToken);
                if (Volatile.Read(ref _subscribed) == 0 && redis.IsConnected)
                {
                    OnReconnected();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task WakeLaterAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Retry, clock, stoppingToken);
            _wake.Writer.TryWrite(true);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
