namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// Where the OpenID server and the Admin API sit in a branch: only requests under <c>/connect</c>,
/// <c>/.well-known</c> and <c>/api/v1/admin</c> load the tenant's keys and run the authentication
/// middleware that lets OpenIddict answer them. Public pages skip all of it
/// (STACK.md measured the auth pipeline at 2.5 times the cost of a small cached page).
/// </summary>
internal static class ApiServerPipeline
{
    public static IApplicationBuilder UseApiServer(this IApplicationBuilder branch, bool authenticateServerPaths)
    {
        branch.UseWhen(AdminApiStatusMiddleware.Applies, api => api.UseMiddleware<AdminApiStatusMiddleware>());
        branch.UseWhen(IsApiRequest, api => api.UseMiddleware<ApiServerMiddleware>());
        if (authenticateServerPaths)
        {
            // OpenIddict's server answers its endpoints, and its validation reads bearer tokens, from inside the
            // authentication middleware; no default scheme is set, so nothing else is authenticated here.
            branch.UseWhen(IsApiRequest, server => server.UseAuthentication());
        }

        return branch;
    }

    private static bool IsServerRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);

    private static bool IsApiRequest(HttpContext context) =>
        IsServerRequest(context) || context.Request.Path.StartsWithSegments("/api/v1/admin", StringComparison.OrdinalIgnoreCase);
}
