namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// Where the OpenID server and the Admin API sit in a branch: only requests under <c>/connect</c>,
/// <c>/.well-known</c> and <c>/api/v1/admin</c> load the tenant's keys and run authentication: the whole middleware,
/// which lets OpenIddict's server answer, for the first two; the bearer token's validation for the Admin API. Public
/// pages skip all of it (STACK.md measured the auth pipeline at 2.5 times the cost of a small cached page).
/// </summary>
internal static class ApiServerPipeline
{
    public static IApplicationBuilder UseApiServer(this IApplicationBuilder branch, bool authenticateServerPaths)
    {
        branch.UseWhen(AdminApiStatusMiddleware.Applies, api => api.UseMiddleware<AdminApiStatusMiddleware>());
        branch.UseWhen(IsApiRequest, api => api.UseMiddleware<ApiServerMiddleware>());
        if (authenticateServerPaths)
        {
            // OpenIddict's server answers its endpoints from inside the authentication middleware; no default scheme
            // is set, so nothing else is authenticated here. Admin API calls only need its validation to read their
            // bearer token (BearerAuthenticationMiddleware).
            branch.UseWhen(IsServerRequest, server => server.UseAuthentication());
            branch.UseWhen(IsAdminApiRequest, api => api.UseMiddleware<BearerAuthenticationMiddleware>());
        }

        return branch;
    }

    private static bool IsServerRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);

    private static bool IsAdminApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api/v1/admin", StringComparison.OrdinalIgnoreCase);

    private static bool IsApiRequest(HttpContext context) => IsServerRequest(context) || IsAdminApiRequest(context);
}
