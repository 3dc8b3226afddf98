using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Html;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The request pipeline: node health first (no tenant needed), then tenant resolution, then one
/// branch for the agency console (host tenant) and one for brand hubs, each with its own routes.
/// </summary>
public static class MediaPipeline
{
    // WebApplication shares one route table with every branch through this property; each branch
    // drops it so the console's "/" and a hub's "/" live in separate tables and never collide.
    private const string GlobalEndpointRouteBuilderKey = "__GlobalEndpointRouteBuilder";

    public static WebApplication UseMediaPipeline(this WebApplication app)
    {
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.UseMiddleware<TenantResolutionMiddleware>();

        app.MapWhen(IsHostTenant, host => host.UseIsolatedEndpoints(authenticate: true, outputCache: false, endpoints => endpoints.MapAgencyConsole()));
        app.UseIsolatedEndpoints(authenticate: false, outputCache: true, endpoints => endpoints.MapTenantSite());
        return app;
    }

    private static bool IsHostTenant(HttpContext context) =>
        context.RequestServices.GetRequiredService<TenantContext>().Tenant.IsHost;

    private static void UseIsolatedEndpoints(this IApplicationBuilder branch, bool authenticate, bool outputCache, Action<IEndpointRouteBuilder> map)
    {
        branch.Properties.Remove(GlobalEndpointRouteBuilderKey);
        branch.UseRouting();
        if (outputCache)
        {
            branch.UseOutputCache();
        }

        if (authenticate)
        {
            branch.UseAuthentication();
            branch.UseAuthorization();
        }

        branch.UseAntiforgery();
        branch.UseEndpoints(map);
        branch.Run(StatusPages.NotFoundAsync);
    }
}
