namespace OpinionAct.Media.Hosting;

/// <summary>
/// Whether this node is one of several behind a load balancer: PostgreSQL plus <c>Media:Redis:Configuration</c>.
/// A cluster member keeps what every node must agree on (the data protection key ring so far) in the shared host
/// database instead of its own data folder. A lone node (SQLite, or PostgreSQL without Redis) works as before.
/// </summary>
public sealed record ClusterMode(bool IsMember)
{
    public static ClusterMode LoneNode { get; } = new(false);

    /// <summary>
    /// Decides the mode from the settings, refusing combinations that would start a node the others cannot share with.
    /// </summary>
    /// <param name="sharedKeyEncryption">True when the key ring is encrypted with something every node has (a certificate or <c>Media:DataProtection:MasterKey</c>).</param>
    public static ClusterMode Resolve(DatabaseProvider provider, string? redisConfiguration, bool sharedKeyEncryption)
    {
        if (string.IsNullOrWhiteSpace(redisConfiguration))
        {
            return LoneNode;
        }

        if (provider != DatabaseProvider.Postgres)
        {
            throw new MediaValidationException("Media:Redis:Configuration is set but Media:Database:Provider is Sqlite: Redis scale-out needs PostgreSQL, so set Media:Database:Provider to Postgres or remove the Redis setting.");
        }

        if (!sharedKeyEncryption)
        {
            throw new MediaValidationException("This node is a cluster member (PostgreSQL and Media:Redis:Configuration) but its key ring would be encrypted with a master key file only this node has: set Media:DataProtection:MasterKey (the same base64 256-bit key on every node) or Media:DataProtection:Certificate.");
        }

        return new ClusterMode(true);
    }
}
