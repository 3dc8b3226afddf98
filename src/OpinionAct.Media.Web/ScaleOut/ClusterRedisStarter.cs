using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// Starts a cluster member's Redis connection with the web host, without waiting for it: a node serves pages with
/// Redis down. A lone node has no Redis and starts nothing.
/// </summary>
internal sealed class ClusterRedisStarter(ClusterMode cluster, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (cluster.IsMember)
        {
            _ = services.GetRequiredService<ClusterRedis>().StartAsync();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
