namespace OpinionAct.Media.Hosting;

/// <summary>
/// <c>Media:Redis</c>: the Redis server shared by the nodes of a cluster. Its presence (with PostgreSQL) makes a node
/// a cluster member (<see cref="ClusterMode"/>). Redis carries what may be lost: shared rate-limit counters and cache
/// eviction messages; nothing durable lives there (docs/scale-out.md).
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Media:Redis";

    /// <summary>A StackExchange.Redis configuration string (<c>redis.internal:6379,password=...</c>); never logged.</summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Put before every key and channel name, so one Redis server can serve several deployments (and tests) apart.
    /// Every node of one cluster must use the same prefix.
    /// </summary>
    public string Prefix { get; set; } = "media:";
}
