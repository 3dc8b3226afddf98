using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// A cluster member without Redis still serves (rate limits per node, caches on the database version poll), so Redis
/// away is Degraded, answered with 200: a load balancer keeps the node, an operator sees why it is degraded. A lone
/// node has no Redis to check.
/// </summary>
internal sealed class RedisHealthCheck(ClusterMode cluster, ClusterRedis redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !cluster.IsMember ? HealthCheckResult.Healthy("Not a cluster member: this node uses no Redis.")
            : redis.IsConnected ? HealthCheckResult.Healthy("Redis answers.")
            : HealthCheckResult.Degraded("Redis cannot be reached: this node serves on its own (rate limits counted per node, caches evicted by the database version poll) until it is back."));
}
