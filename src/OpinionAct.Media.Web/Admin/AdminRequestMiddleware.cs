using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// Runs for <c>/admin</c> requests of a tenant only: response headers that keep admin pages out
/// of every cache and frame, a per-request script nonce for the content security policy, and
/// authentication with the editor cookie.
/// </summary>
internal sealed class AdminRequestMiddleware(RequestDelegate next)
{
    public const string NonceKey = "admin.nonce";

    public async Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy =
            $"default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; script-src 'nonce-{nonce}'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

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
