using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// The authentication middleware's first step for Admin API calls, minus OpenIddict's server: every scheme that
/// handles requests runs (OpenIddict's validation reads the bearer token there, and the scope policies then
/// authenticate with it), except the server's, which would only work out on every call that an Admin API path is
/// none of its endpoints: a tenth of a bearer call's CPU (issue 15's profile of <c>GET /whoami</c>). The OpenID
/// endpoints themselves keep the whole middleware (<see cref="ApiServerPipeline"/>). No default scheme is set, so
/// there is nothing else to authenticate here.
/// </summary>
internal sealed class BearerAuthenticationMiddleware(RequestDelegate next, IAuthenticationSchemeProvider schemes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature { OriginalPath = context.Request.Path, OriginalPathBase = context.Request.PathBase });
        var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        foreach (var scheme in await schemes.GetRequestHandlerSchemesAsync())
        {
            if (scheme.Name != OpenIddictServerAspNetCoreDefaults.AuthenticationScheme
                && await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler handler
                && await handler.HandleRequestAsync())
            {
                return;
            }
        }

        await next(context);
    }
}
