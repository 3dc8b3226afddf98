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
        if (found.MovedFrom is { } movedFrom)
        {
            await RedirectToNewAddressAsync(context, tenant, movedFrom);
            return;
        }

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

    // Old links keep working: the same path and query at the tenant's current address. An old prefix is cut from the
    // path; an old host keeps the whole path. A tenant reached by host goes to its first concrete host (a wildcard
    // names no single site); one reached only by prefix stays on the host the reader used.
    private static async Task RedirectToNewAddressAsync(HttpContext context, TenantDescriptor tenant, string movedFrom)
    {
        var path = context.Request.Path.Value ?? "/";
        if (movedFrom.StartsWith('/'))
        {
            path = path.Length > movedFrom.Length ? path[movedFrom.Length..] : "/";
        }

        var prefix = tenant.Prefix is null ? string.Empty : "/" + tenant.Prefix;
        var host = tenant.ConcreteHost();
        if (host is null && tenant.Prefix is null)
        {
            await StatusPages.NotFoundAsync(context);
            return;
        }

        var location = (host is null ? string.Empty : $"{context.Request.Scheme}://{host}") + prefix + path + context.Request.QueryString;
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = location;
        context.Response.Headers.CacheControl = "public, max-age=3600";
    }
}
