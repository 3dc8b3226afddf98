using Microsoft.AspNetCore.Authentication;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// Runs for <c>/admin</c> requests of a tenant only: authentication with the editor cookie. The admin's
/// response headers (no-store, CSP with a nonce, no framing) are the editor-admin surface's in
/// <see cref="Hosting.SurfaceHeaders"/>.
/// </summary>
internal sealed class AdminRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // What UseAuthentication records: redirects to the login page keep the tenant's prefix.
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature { OriginalPath = context.Request.Path, OriginalPathBase = context.Request.PathBase });
        var result = await context.AuthenticateAsync(EditorAdmin.Scheme);
        if (result.Succeeded)
        {
            context.User = result.Principal;
        }

        await next(context);
    }
}
