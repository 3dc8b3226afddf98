using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Analytics;

/// <summary>One SQLite node with two prefix hubs, a trusted loopback proxy and a low rate limit, shared by the ingestion tests.</summary>
public sealed class IngestionFixture : IAsyncLifetime
{
    public const int RateLimit = 150;

    public TestStorage Storage { get; private set; } = null!;

    public MediaHost Host { get; private set; } = null!;

    public string Hub { get; } = "hub" + Guid.NewGuid().ToString("n")[..8];

    public string Other { get; } = "oth" + Guid.NewGuid().ToString("n")[..8];

    public async Task InitializeAsync()
    {
        Storage = await TestStorage.CreateAsync();
        Host = new MediaHost(Storage, new Dictionary<string, string?>
        {
            ["Media:Analytics:TrustedProxies:0"] = "127.0.0.1",
            ["Media:Analytics:EventsPerMinutePerVisitor"] = RateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await Host.CreateTenantAsync(Hub, prefix: Hub);
        await Host.CreateTenantAsync(Other, prefix: Other);
    }

    public async Task<long> EventCountAsync(string tenant)
    {
        var descriptor = await Host.Get<ITenantStore>().FindAsync(tenant, default);
        await using var scope = Host.Services.CreateTenantScope(descriptor!);
        var db = scope.ServiceProvider.GetRequiredService<OpinionAct.Media.Data.Tenant.TenantDbContext>();
        return db.AnalyticsEvents.LongCount();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
