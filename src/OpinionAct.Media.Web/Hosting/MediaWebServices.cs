using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
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

/// <summary>Registers the web-only parts: start-up work, tenant refresh, sign-in (agency and editors), antiforgery, trusted proxies, health.</summary>
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
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/admin/login";
            cookie.AccessDeniedPath = "/admin/login";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorizationBuilder().AddPolicy(AgencyConsoleEndpoints.Policy, policy =>
            policy.AddAuthenticationSchemes(AgencyConsoleEndpoints.Scheme).RequireRole(AgencyConsoleEndpoints.Role));
        services.AddEditorAdmin();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".media.antiforgery";

            // Secure whenever the reader's request was HTTPS, directly or through a trusted proxy (forwarded headers run first).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // Framing is every surface's policy (SurfaceHeaders), not a side effect of issuing a token.
            options.SuppressXFrameOptionsHeader = true;
        });
        services.AddSingleton<TrustedProxies>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<TrustedProxies>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Walk back through every trusted hop, and trust nobody by default (not even loopback): the list is the operator's.
            forwarded.ForwardLimit = null;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in proxies.Addresses)
            {
                forwarded.KnownProxies.Add(proxy);
                if (proxy.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                {
                    forwarded.KnownProxies.Add(proxy.MapToIPv6());
                }
            }
        });
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName);
        services.AddSingleton<SignInThrottle>();
        services.AddMediaCompression();
        services.AddPublicSite();
        services.AddSearchIndexing();
        services.AddSubscriptionWorkers();
        services.AddNewsletterSendWorker();
        services.AddAnalyticsIngestion();
        services.AddHealthChecks().AddCheck<HostDatabaseHealthCheck>("host-database", tags: ["ready"]);
        return services;
    }
}
