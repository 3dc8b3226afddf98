using OpinionAct.Media.Web.ScaleOut;
using StackExchange.Redis;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Which tenants this node folds new events for. The dirty set (tenants that received events) is in each node's
/// memory, so on a cluster a follower hands its dirty tenants to the leader through a Redis set and the job-lease
/// leader folds them with its own: one node rolls up. While Redis is away, or on a lone node, each node folds what it
/// received, which stays correct (a pass commits only if its watermark is still current) if less economical.
/// </summary>
public sealed class RollupHandoff(JobLeases leases, ClusterRedis redis, ILogger<RollupHandoff> logger)
{
    /// <summary>The Redis set of tenants whose events wait for the leader (under the cluster's key prefix).</summary>
    public const string DirtySetKey = "analytics:dirty";

    /// <summary>Most tenants the leader takes from the set per pass; the rest wait for the next pass.</summary>
    public const int MaxHandedPerPass = 1000;

    /// <summary>Takes the tenants this node should roll up now, given those that received events on it.</summary>
    public async Task<IReadOnlyList<string>> TenantsToRollUpAsync(IReadOnlyList<string> dirtyHere)
    {
        ArgumentNullException.ThrowIfNull(dirtyHere);
        if (!leases.Required || !redis.TryDatabase(out var database))
        {
            return dirtyHere;
        }

        try
        {
            if (!leases.IsLeading)
            {
                if (dirtyHere.Count > 0)
                {
                    await database.SetAddAsync(DirtySetKey, [.. dirtyHere.Select(name => (RedisValue)name)]);
                }

                return [];
            }

            var handed = await database.SetPopAsync(DirtySetKey, MaxHandedPerPass);
            return [.. dirtyHere.Concat(handed.Select(value => value.ToString())).Distinct(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Redis went away mid-call: fold here rather than lose the tenants.
            logger.RollupHandoffFailed(ex, leases.NodeName);
            return dirtyHere;
        }
    }
}
