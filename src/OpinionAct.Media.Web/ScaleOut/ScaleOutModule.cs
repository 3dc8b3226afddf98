using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// What a cluster member shares with the other nodes beyond the database (docs/scale-out.md): the Redis connection
/// and what rides on it (rate-limit counts, tenant change announcements). A lone node gets the in-memory counters and
/// the plain tenant table, so nothing here changes the embedded default.
/// </summary>
internal sealed class ScaleOutModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        services.AddSingleton<ClusterRedis>();

        services.AddSingleton<LocalRateCounters>();
        services.AddSingleton<SharedRateCounters>();
        services.AddSingleton<IRateCounters>(sp => sp.GetRequiredService<ClusterMode>().IsMember
            ? sp.GetRequiredService<SharedRateCounters>()
            : sp.GetRequiredService<LocalRateCounters>());

        // This module comes after TenancyModule: on a member, its tenant table also announces every write through
        // Redis (AnnouncingTenantStore) so the other nodes refresh at once. Reads are untouched.
        services.AddSingleton<TenantChangeAnnouncer>();
        var table = services.Last(d => d.ServiceType == typeof(ITenantStore));
        services.Remove(table);
        services.AddSingleton<ITenantStore>(sp =>
        {
            var store = table.ImplementationFactory is { } factory
                ? (ITenantStore)factory(sp)
                : (ITenantStore)(table.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, table.ImplementationType!));
            return sp.GetRequiredService<ClusterMode>().IsMember ? new AnnouncingTenantStore(store, sp.GetRequiredService<TenantChangeAnnouncer>()) : store;
        });

        services.AddOptions<JobLeaseOptions>().BindConfiguration(JobLeaseOptions.SectionName)
            .Validate(o => o.RetryInterval > TimeSpan.Zero && o.RunRetention > TimeSpan.Zero, "Media:Leases:RetryInterval and RunRetention must be positive.");
        services.AddSingleton<BackgroundRunStore>();
        services.AddSingleton<JobLeases>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddHostedService<ClusterRedisStarter>();
        services.AddHostedService<ClusterCacheEviction>();
        services.AddHostedService<JobLeaseKeeper>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
    }
}
