using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// Decides which tenant a request belongs to and what it gets: unknown host or disabled tenant,
/// a 404 page; a tenant being set up, 503 with Retry-After; otherwise the request continues with
/// the tenant in scope and its URL prefix moved into PathBase.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry, TenantActivator activator)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var match = registry.Matcher.Match(context.Request.Host.Value ?? string.Empty, context.Request.Path.Value ?? "/");
        if (match is not { } found)
        {
            await StatusPages.NotFoundAsync(context);
            return;
        }

        var tenant = found.Tenant;
        switch (tenant.State)
        {
            case TenantState.Disabled:
                await StatusPages.NotFoundAsync(context);
                return;
            case TenantState.Uninitialized:
                await StatusPages.SettingUpAsync(context);
                return;
        }

        if (found.Prefix is { } prefix
            && context.Request.Path.StartsWithSegments("/" + prefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining))
        {
            context.Request.PathBase = context.Request.PathBase.Add(matched);
            context.Request.Path = remaining.HasValue ? remaining : "/";
        }

        tenantContext.Set(tenant);
        if (!tenant.IsHost)
        {
            await activator.EnsureActivatedAsync(tenant.Name);
        }

        await next(context);
    }
}
