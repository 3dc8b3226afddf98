using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Insights;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Analytics;

public sealed class EventIsolationTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Events_and_insights_should_stay_in_their_tenant_storage(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage, new Dictionary<string, string?> { ["Media:Analytics:TrustedProxies:0"] = "127.0.0.1" });
        var a = await host.CreateTenantAsync(prefix: "alpha" + Guid.NewGuid().ToString("n")[..4]);
        var b = await host.CreateTenantAsync(prefix: "beta" + Guid.NewGuid().ToString("n")[..4]);
        var prefixA = (await host.Get<ITenantStore>().FindAsync(a, default))!.Prefix!;
        var prefixB = (await host.Get<ITenantStore>().FindAsync(b, default))!.Prefix!;
        var trafficA = new Traffic(host.Client(), prefixA);
        await trafficA.SendAsync("198.51.100.1", new { type = "pageview", url = trafficA.Url("") }, new { type = "pageview", url = trafficA.Url("") });

        // Posting hub B's page to hub A's endpoint is refused, whatever the route's host.
        using (var crossed = await trafficA.PostAsync("198.51.100.1", new { type = "pageview", url = $"http://localhost/{prefixB}/" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, crossed.StatusCode);
        }

        var (eventsA, viewsA) = await FiguresAsync(host, a);
        var (eventsB, viewsB) = await FiguresAsync(host, b);
        Assert.Equal((2, 2), (eventsA, viewsA));
        Assert.Equal((0, 0), (eventsB, viewsB));
    }

    private static async Task<(int Events, long Views)> FiguresAsync(MediaHost host, string tenant)
    {
        var descriptor = (await host.Get<ITenantStore>().FindAsync(tenant, default))!;
        await using var scope = host.Services.CreateTenantScope(descriptor);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = await scope.ServiceProvider.GetRequiredService<InsightsService>().ReportAsync(new InsightsPeriod(today.AddDays(-1), today.AddDays(1)), default);
        var events = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().AnalyticsEvents.CountAsync();
        return (events, report.Current.Views);
    }
}
