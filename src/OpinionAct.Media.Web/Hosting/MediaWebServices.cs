using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>Registers the web-only parts: start-up work, tenant refresh, sign-in (agency and editors), antiforgery, health.</summary>
public static class MediaWebServices
{
    public static IServiceCollection AddMediaWeb(this IServiceCollection services)
    {
        services.AddHostedService<MediaStartup>();
        services.AddHostedService<TenantRegistryRefresher>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());

        services.AddAuthentication(AgencyConsoleEndpoints.Scheme).AddCookie(AgencyConsoleEndpoints.Scheme, cookie =>
        {
            cookie.Cookie.Name = ".media.agency";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/admin/login";
            cookie.AccessDeniedPath = "/admin/login";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorizationBuilder().AddPolicy(AgencyConsoleEndpoints.Policy, policy =>
            policy.AddAuthenticationSchemes(AgencyConsoleEndpoints.Scheme).RequireRole(AgencyConsoleEndpoints.Role));
        services.AddEditorAdmin();
        services.AddAntiforgery(options => options.Cookie.Name = ".media.antiforgery");
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName);
        services.AddSingleton<SignInThrottle>();
        services.AddPublicSite();
        services.AddSearchIndexing();
        services.AddSubscriptionWorkers();
        services.AddNewsletterSendWorker();
        services.AddAnalyticsIngestion();
        services.AddHealthChecks().AddCheck<HostDatabaseHealthCheck>("host-database", tags: ["ready"]);
        return services;
    }
}
