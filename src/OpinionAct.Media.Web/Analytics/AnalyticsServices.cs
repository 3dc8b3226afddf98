using OpinionAct.Media.Analytics;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Site;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>Audience analytics and insights: what the CLI and web share, the web-only ingestion, and the hub's routes.</summary>
public static class AnalyticsServices
{
    /// <summary>Rollups, salts and insights (web host and CLI).</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.SectionName)
            .Validate(o => o.RetentionDays >= 2, "Media:Analytics:RetentionDays must be at least 2 (the salt window).")
            .Validate(o => o.MaxBodyBytes >= 1024 && o.MaxBatchEvents >= 1 && o.EventsPerMinutePerVisitor >= 1 && o.AddressLimit >= 1, "Media:Analytics limits must be positive.");
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.SectionName);
        services.AddSingleton<AnalyticsSaltStore>();
        services.AddSingleton<AnalyticsRollupStore>();
        services.AddSingleton<VisitorKeys>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<VisitorKeys>());
        services.AddSingleton<AnalyticsRollup>();
        services.AddScoped<InsightsService>();
        return services;
    }

    /// <summary>Ingestion (group-commit writer, rate limiter) and the maintenance worker.</summary>
    public static IServiceCollection AddAnalyticsIngestion(this IServiceCollection services)
    {
        services.AddSingleton<AnalyticsEventStore>();
        services.AddSingleton<ArticlePaths>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<ArticlePaths>());
        services.AddSingleton<IContentChangeListener>(sp => sp.GetRequiredService<ArticlePaths>());
        services.AddSingleton<AnalyticsEventWriter>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<AnalyticsEventWriter>());
        services.AddSingleton<AnalyticsRateLimiter>();
        services.AddScoped<EventsEndpoint>();
        services.AddSingleton<AnalyticsMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsMaintenance>());
        return services;
    }

    /// <summary>The tracker, the ingestion API and the privacy page of a hub.</summary>
    public static IEndpointRouteBuilder MapAnalytics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t.js", TrackerScript.Serve);
        endpoints.MapPost("/api/events", (EventsEndpoint endpoint, HttpContext http, CancellationToken ct) => endpoint.HandleAsync(http, ct));
        endpoints.MapGet("/privacy/analytics", (SitePages pages, Microsoft.Extensions.Options.IOptions<AnalyticsOptions> options, TrustedProxies proxies, CancellationToken ct) =>
            pages.GeneratedPageAsync("privacy/analytics", (language, name) => PrivacyPage.Build(options.Value, proxies.Count, language, name), ct));
        return endpoints;
    }
}
