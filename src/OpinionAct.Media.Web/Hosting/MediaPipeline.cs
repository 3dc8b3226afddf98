using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Apis.Server;
using OpinionAct.Media.Web.Html;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The request pipeline: forwarded headers from trusted proxies only, the surface headers and the
/// refusal of hostile bodies (every response), node health (no tenant needed), then tenant resolution,
/// then one branch for the agency console (host tenant) and one for brand hubs,
/// each with its own route table into which every module maps its routes, its output cache
/// and, inside that, response compression.
/// </summary>
public static class MediaPipeline
{
    /// <remarks>
    /// Built on the generic host's plain <see cref="IApplicationBuilder"/> (see Program.cs): each branch's
    /// <c>UseRouting</c> then starts its own route table, so the console's "/" and a hub's "/" never
    /// collide, and authentication runs only where a branch places it (after tenant resolution, so
    /// PathBase holds the prefix; the public site gets none).
    /// </remarks>
    public static IApplicationBuilder UseMediaPipeline(this IApplicationBuilder app)
    {
        var modules = Program.Modules;
        app.UseForwardedHeaders();
        app.UseSurfaceHeaders();
        app.UseMiddleware<HostileBodyMiddleware>();
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = ReadinessResponse.WriteAsync,
        });

        // Below the health checks (which answer for themselves), above everything that reads a database.
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();

        app.MapWhen(IsHostTenant, host => host.UseIsolatedEndpoints(
            outputCache: false,
            security: console =>
            {
                console.UseApiServer(authenticateServerPaths: false);
                console.UseAuthentication();
                console.UseAuthorization();
            },
            endpoints => endpoints.MapAgencyConsole(modules)));

        // Brand hubs: only /admin requests are authenticated (editor cookie); the public site stays
        // anonymous and output-cached, and admin endpoints carry no output-cache policy.
        app.UseIsolatedEndpoints(
            outputCache: true,
            security: hub => hub.UseApiServer(authenticateServerPaths: true).UseEditorAdmin(),
            endpoints => endpoints.MapHub(modules).MapEditorAdmin(modules));
        return app;
    }

    private static bool IsHostTenant(HttpContext context) =>
        context.RequestServices.GetRequiredService<TenantContext>().Tenant.IsHost;

    /// <summary>Every module's hub routes, in three groups: anything, cached for every reader alike, and per reader.</summary>
    private static IEndpointRouteBuilder MapHub(this IEndpointRouteBuilder endpoints, IEnumerable<IMediaModule> modules)
    {
        var cached = endpoints.MapGroup(string.Empty).CacheOutput(policy => policy.AddPolicy<Site.SiteOutputCache>());
        var perReader = endpoints.MapGroup(string.Empty).AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Robots-Tag"] = "noindex";
            return await next(context);
        });
        var routes = new HubRoutes(endpoints, cached, perReader);
        var api = new ApiRoutes(endpoints.MapGroup("/api/v1/content"), endpoints.MapGroup("/api/v1/admin").DisableAntiforgery());
        foreach (var module in modules)
        {
            module.MapHub(routes);
            module.MapApi(api);
        }

        return endpoints;
    }

    private static void UseIsolatedEndpoints(this IApplicationBuilder branch, bool outputCache, Action<IApplicationBuilder> security, Action<IEndpointRouteBuilder> map)
    {
        branch.UseRouting();
        if (outputCache)
        {
            branch.UseOutputCache();
        }

        // After tenant resolution (staff surfaces are never compressed) and inside the output cache, which keeps each
        // page as sent, one entry per encoding (CompressedOutputCache): a page is compressed when built, not per hit.
        branch.UseResponseCompression();

        security(branch);

        branch.UseAntiforgery();
        branch.Use(HostileBodyMiddleware.RaiseUnreadableFormAsync);
        branch.UseEndpoints(map);
        branch.Run(StatusPages.NotFoundAsync);
    }
}
