namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>Rate limits and cache eviction through Redis (event ids 2520–2539).</summary>
internal static partial class ScaleOutLog
{
    [LoggerMessage(2520, LogLevel.Warning, "Rate limits count on this node alone until Redis answers again ({Reason}): each node gives a client its own allowance meanwhile")]
    public static partial void RateLimitsLocal(this ILogger logger, string reason);

    [LoggerMessage(2521, LogLevel.Information, "Rate limits are counted in Redis again, across the cluster")]
    public static partial void RateLimitsShared(this ILogger logger);

    [LoggerMessage(2522, LogLevel.Information, "Node {Node} flushed the local caches of {Tenants} tenants after (re)connecting to Redis: eviction messages sent meanwhile were lost")]
    public static partial void CachesFlushed(this ILogger logger, string node, int tenants);

    [LoggerMessage(2523, LogLevel.Debug, "Node {Node} heard of a tenant table change from node {From} (tenant {Tenant})")]
    public static partial void TenantChangeHeard(this ILogger logger, string node, string from, string tenant);

    [LoggerMessage(2524, LogLevel.Warning, "Node {Node} could not apply a tenant change announced through Redis; the database poll will")]
    public static partial void TenantChangeFailed(this ILogger logger, Exception exception, string node);

    [LoggerMessage(2525, LogLevel.Information, "Node {Node} listens for tenant and content changes on Redis channel {Channel}")]
    public static partial void ListeningForChanges(this ILogger logger, string node, string channel);

    [LoggerMessage(2526, LogLevel.Debug, "Node {Node} could not announce a tenant change through Redis ({Failure}); the other nodes' database poll will see it")]
    public static partial void TenantChangeNotAnnounced(this ILogger logger, string node, string failure);
}
