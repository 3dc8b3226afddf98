using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Webhooks;

namespace OpinionAct.Media.IntegrationTests.Webhooks;

/// <summary>
/// A node whose webhooks may call loopback (the receiver), with the delivery worker off unless asked, a clock the
/// test moves, and fast retries; plus the tenant's hooks, events and deliveries as stored.
/// </summary>
public sealed class WebhookFixture(MediaHost host, string tenant, AdjustableClock clock)
{
    public MediaHost Host => host;

    public string Tenant => tenant;

    public AdjustableClock Clock => clock;

    public ContentSeed Content { get; } = new(host, tenant);

    public static Dictionary<string, string?> Settings(bool worker = false, bool allowPrivate = true) => new()
    {
        ["Media:Webhooks:AllowPrivateTargets"] = allowPrivate ? "true" : "false",
        ["Media:Webhooks:Enabled"] = worker ? "true" : "false",
        ["Media:Webhooks:PollInterval"] = "00:00:00.100",
        ["Media:Webhooks:RetryBaseDelay"] = "00:00:10",
        ["Media:Webhooks:MaxRetryDelay"] = "00:10:00",
        ["Media:Webhooks:Timeout"] = "00:00:05",
    };

    public static async Task<WebhookFixture> CreateAsync(TestStorage storage, bool worker = false, bool allowPrivate = true, params (string Key, string Value)[] more)
    {
        var clock = new AdjustableClock();
        var settings = Settings(worker, allowPrivate);
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        // Without the worker, the test delivers and publishes itself on its own clock: no background jobs race it.
        var host = worker ? new MediaHost(storage, settings) : new MediaHost(storage, settings, clock, schedulerJobs: false);
        var tenant = await host.CreateTenantAsync(prefix: "hooks");
        return new WebhookFixture(host, tenant, clock);
    }

    public Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work) => Content.InTenantAsync(work);

    public Task<CreatedWebhook> CreateHookAsync(string url, params string[] events) =>
        InTenantAsync(sp => sp.GetRequiredService<WebhookService>().CreateAsync(new WebhookDraft(url, events), default));

    public async Task<int> DeliverAsync()
    {
        var descriptor = await host.Get<ITenantStore>().FindAsync(tenant, default) ?? throw new InvalidOperationException(tenant);
        return await host.Get<WebhookDispatcher>().DeliverDueAsync(descriptor, default);
    }

    public Task<List<WebhookEventRecord>> EventsAsync() =>
        InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().WebhookEvents.AsNoTracking().OrderBy(e => e.OccurredUtc).ToListAsync());

    public Task<List<WebhookDeliveryRecord>> DeliveriesAsync() =>
        InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().WebhookDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    public Task<WebhookRecord?> HookAsync(int id) => InTenantAsync(sp => sp.GetRequiredService<WebhookStore>().FindAsync(id, default));
}
