using StackExchange.Redis;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// Tells the other nodes, through Redis pub/sub, that this node wrote the tenant table (a tenant created, updated,
/// disabled or removed, or its content version bumped by a publish, a settings or theme change): they reread the
/// table at once instead of at their next poll. Fire and forget: a request never waits for it, and while Redis is
/// away the message is simply not sent (the others' poll of the table still sees the change).
/// </summary>
public sealed class TenantChangeAnnouncer(ClusterRedis redis, ILogger<TenantChangeAnnouncer> logger)
{
    /// <summary>This node in messages and logs: machine, process and instance (two nodes may share a process in tests).</summary>
    public string Node { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public void Announce(string tenant)
    {
        if (!redis.IsConnected || redis.Connection is not { } connection)
        {
            return;
        }

        try
        {
            connection.GetSubscriber().Publish(redis.Channel(TenantChangeMessage.Channel), new TenantChangeMessage(Node, tenant).Format(), CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            logger.TenantChangeNotAnnounced(Node, ex.GetType().Name);
        }
    }
}
