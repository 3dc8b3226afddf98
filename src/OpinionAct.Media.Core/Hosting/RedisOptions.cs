namespace OpinionAct.Media.Hosting;

/// <summary>
/// <c>Media:Redis</c>: the Redis server shared by the nodes of a cluster. Its presence (with PostgreSQL) makes a node
/// a cluster member (<see cref="ClusterMode"/>); nothing connects to it yet (docs/scale-out.md says what comes next).
/// </summary>
public sealed class RedisOptions
{
    /// <summary>A StackExchange.Redis configuration string (<c>redis.internal:6379,password=...</c>); never logged.</summary>
    public string? Configuration { get; set; }
}
