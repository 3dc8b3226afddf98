using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Analytics;

public sealed class AnalyticsEventWriterTests
{
    [Fact]
    public async Task Writer_should_start_one_loop_per_tenant_when_first_writes_race()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        var name = await host.CreateTenantAsync();
        var writer = host.Get<AnalyticsEventWriter>();
        var before = writer.LoopsStarted;

        // The first two writes of the tenant both find no queue and both get to add one.
        using var bothAdding = new Barrier(2);
        writer.AddingQueue = tenant =>
        {
            if (tenant == name)
            {
                bothAdding.SignalAndWait(TimeSpan.FromSeconds(5));
            }
        };
        AnalyticsEventRecord Row(long key) => new() { Day = DateOnly.FromDateTime(DateTime.UtcNow), VisitorKey = key, Path = string.Empty };
        await Task.WhenAll(
            Task.Run(() => writer.WriteAsync(name, [Row(1)], default)),
            Task.Run(() => writer.WriteAsync(name, [Row(2)], default))).WaitAsync(TimeSpan.FromSeconds(30));
        writer.AddingQueue = null;

        Assert.Equal(before + 1, writer.LoopsStarted);
        var descriptor = await host.Get<ITenantStore>().FindAsync(name, default);
        await using var scope = host.Services.CreateTenantScope(descriptor!);
        Assert.Equal(2, scope.ServiceProvider.GetRequiredService<TenantDbContext>().AnalyticsEvents.Count());
    }
}
