using OpinionAct.Media.Data.Apis;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Apis.Keys;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// Runs only for the OpenID endpoints and the Admin API: loads the tenant's issuer and keys for OpenIddict
/// (see <see cref="ApiServerFeature"/>). Public pages never reach it, so they pay nothing for the APIs.
/// </summary>
internal sealed class ApiServerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant, ApiKeyRing ring, ApiKeyStore store, PublicOrigins origins, SignInThrottle throttle, TokenLiveness liveness)
    {
        var keys = await ring.GetAsync(tenant.Tenant.Name, store, context.RequestAborted);
        var issuer = new Uri(origins.BaseUrl(tenant.Tenant, context.Request) + "/", UriKind.Absolute);
        context.Features.Set(new ApiServerFeature(issuer, keys));
        if (TokenEndpointThrottle.Applies(context.Request))
        {
            await TokenEndpointThrottle.InvokeAsync(context, throttle, () => next(context));

            // A revocation, or a refused grant (a reused refresh token revokes its whole chain), may have ended
            // tokens this node remembers as valid.
            if (context.Request.Path.StartsWithSegments(ConnectEndpoints.RevokePath, StringComparison.OrdinalIgnoreCase) || context.Response.StatusCode != StatusCodes.Status200OK)
            {
                liveness.Forget(tenant.Tenant.Name);
            }

            return;
        }

        await next(context);
    }
}
