using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// What a cluster member shares with the other nodes beyond the database (docs/scale-out.md): the Redis connection
/// and what rides on it. A lone node registers the options only, so nothing here touches the embedded default.
/// </summary>
internal sealed class ScaleOutModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        services.AddSingleton<ClusterRedis>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddHostedService<ClusterRedisStarter>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
    }
}
