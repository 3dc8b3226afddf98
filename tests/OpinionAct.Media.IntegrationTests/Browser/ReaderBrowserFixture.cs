using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Insights;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Browser;

/// <summary>
/// One node on a real loopback port with the demo hub (its articles, two newsletters and its generated history), and
/// Debian's chromium to read it. Nothing is started on a machine without the browser (the tests are skipped there).
/// </summary>
public sealed class ReaderBrowserFixture : IAsyncLifetime
{
    public const string Hub = "lecteurs";

    public TestStorage Storage { get; private set; } = null!;

    public MediaHost Host { get; private set; } = null!;

    public BrowserSession Browser { get; private set; } = null!;

    public string HubUrl => $"{Browser.Origin}/{Hub}/";

    public async Task InitializeAsync()
    {
        if (!BrowserSession.Available)
        {
            return;
        }

        Storage = await TestStorage.CreateAsync();
        Host = new MediaHost(Storage);
        Browser = await BrowserSession.StartAsync(Host);
        await Host.CreateTenantAsync(Hub, prefix: Hub, recipe: "demo-brand");
    }

    /// <summary>Today's report (the demo history ends yesterday, so today holds only what the browser did).</summary>
    public async Task<InsightsReport> TodayAsync()
    {
        var tenant = await Host.Get<ITenantStore>().FindAsync(Hub, default);
        await using var scope = Host.Services.CreateTenantScope(tenant!);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await scope.ServiceProvider.GetRequiredService<InsightsService>().ReportAsync(new InsightsPeriod(today, today), default);
    }

    /// <summary>A published article's path and id, the <paramref name="index"/>-th by id.</summary>
    public async Task<(int Id, string Path)> ArticleAsync(int index)
    {
        var report = await new ContentSeed(Host, Hub).InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<OpinionAct.Media.Data.Tenant.TenantDbContext>();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Articles.Where(a => a.Status == (int)OpinionAct.Media.Content.ArticleStatus.Published).OrderBy(a => a.Id).Select(a => new { a.Id, a.Path }));
        });
        return (report[index].Id, report[index].Path);
    }

    public async Task DisposeAsync()
    {
        if (!BrowserSession.Available)
        {
            return;
        }

        await Browser.DisposeAsync();
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
