using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Audience analytics: the tracker, the event API with its group-commit writer and rate limits,
/// cookieless visitor keys, the daily roll-ups and their maintenance worker, and the privacy page.
/// </summary>
internal sealed class AnalyticsModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.SectionName)
            .Validate(o => o.RetentionDays >= 2, "Media:Analytics:RetentionDays must be at least 2 (the salt window).")
            .Validate(o => o.MaxBodyBytes >= 1024 && o.MaxBatchEvents >= 1 && o.EventsPerMinutePerVisitor >= 1 && o.AddressLimit >= 1, "Media:Analytics limits must be positive.");
        services.AddSingleton<AnalyticsSaltStore>();
        services.AddSingleton<AnalyticsRollupStore>();
        services.AddSingleton<VisitorKeys>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<VisitorKeys>());
        services.AddSingleton<AnalyticsRollup>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<AnalyticsEventStore>();
        services.AddSingleton<ArticlePaths>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<ArticlePaths>());
        services.AddSingleton<IContentChangeListener>(sp => sp.GetRequiredService<ArticlePaths>());
        services.AddSingleton<AnalyticsEventWriter>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<AnalyticsEventWriter>());
        services.AddSingleton<AnalyticsRateLimiter>();
        services.AddSingleton<EventsEndpoint>();
        services.AddSingleton<RollupHandoff>();
        services.AddSingleton<AnalyticsMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsMaintenance>());
        services.AddSingleton<ITenantJob>(sp => sp.GetRequiredService<AnalyticsMaintenance>());
    }

    public void MapHub(HubRoutes hub)
    {
        hub.Public.MapGet("/t.js", TrackerScript.Serve);
        hub.Public.MapPost("/api/events", (EventsEndpoint endpoint, TenantContext tenant, HttpContext http, CancellationToken ct) =>
            endpoint.HandleAsync(tenant.Tenant, http, ct));
        hub.Public.MapGet("/privacy/analytics", (SitePages pages, IOptions<AnalyticsOptions> options, TrustedProxies proxies, CancellationToken ct) =>
            pages.GeneratedPageAsync("privacy/analytics", (language, name) => PrivacyPage.Build(options.Value, proxies.Count, language, name), ct));
    }
}
