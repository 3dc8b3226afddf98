using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Html;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The request pipeline: forwarded headers from trusted proxies only, the surface headers and the
/// refusal of hostile bodies (every response), node health (no tenant needed), then tenant resolution,
/// response compression, then one branch for the agency console (host tenant) and one for brand hubs, each with its own routes.
/// </summary>
public static class MediaPipeline
{
    // WebApplication shares one route table with every branch through this property; each branch
    // drops it so the console's "/" and a hub's "/" live in separate tables and never collide.
    private const string GlobalEndpointRouteBuilderKey = "__GlobalEndpointRouteBuilder";

    // WebApplication adds UseAuthentication/UseAuthorization at the very start of the pipeline unless
    // these are set; each branch places its own (after tenant resolution, so PathBase holds the prefix),
    // and the public site gets none.
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";
    private const string AuthorizationMiddlewareSetKey = "__AuthorizationMiddlewareSet";

    public static WebApplication UseMediaPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSurfaceHeaders();
        app.UseMiddleware<HostileBodyMiddleware>();
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.UseMiddleware<TenantResolutionMiddleware>();

        // After tenant resolution (staff surfaces are never compressed) and before both branches, so it wraps
        // the output cache: cached pages are stored uncompressed, once, and encoded for each reader's Accept-Encoding.
        app.UseResponseCompression();
        ((IApplicationBuilder)app).Properties[AuthenticationMiddlewareSetKey] = true;
        ((IApplicationBuilder)app).Properties[AuthorizationMiddlewareSetKey] = true;

        app.MapWhen(IsHostTenant, host => host.UseIsolatedEndpoints(
            outputCache: false,
            security: console =>
            {
                console.UseAuthentication();
                console.UseAuthorization();
            },
            endpoints => endpoints.MapAgencyConsole()));

        // Brand hubs: only /admin requests are authenticated (editor cookie); the public site stays
        // anonymous and output-cached, and admin endpoints carry no output-cache policy.
        app.UseIsolatedEndpoints(
            outputCache: true,
            security: hub => hub.UseEditorAdmin(),
            endpoints => endpoints.MapEditorAdmin().MapAnalytics().MapTenantSite());
        return app;
    }

    private static bool IsHostTenant(HttpContext context) =>
        context.RequestServices.GetRequiredService<TenantContext>().Tenant.IsHost;

    private static void UseIsolatedEndpoints(this IApplicationBuilder branch, bool outputCache, Action<IApplicationBuilder> security, Action<IEndpointRouteBuilder> map)
    {
        branch.Properties.Remove(GlobalEndpointRouteBuilderKey);
        branch.UseRouting();
        if (outputCache)
        {
            branch.UseOutputCache();
        }

        security(branch);

        branch.UseAntiforgery();
        branch.Use(HostileBodyMiddleware.RaiseUnreadableFormAsync);
        branch.UseEndpoints(map);
        branch.Run(StatusPages.NotFoundAsync);
    }
}
