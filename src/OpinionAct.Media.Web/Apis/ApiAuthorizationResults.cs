using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// Answers the Admin API's refusals as problem details (RFC 9457) with the OAuth <c>WWW-Authenticate</c>
/// header (RFC 6750): 401 without a valid token of this tenant, 403 when the token lacks the scope.
/// Every other surface keeps the default behaviour (the admin's cookie redirects).
/// </summary>
internal sealed class ApiAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var scope = context.GetEndpoint()?.Metadata.GetMetadata<ApiScopeMetadata>();
        if (scope is null || result.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }

        if (result.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid access token of this hub is required.",
                detail: "Send 'Authorization: Bearer <token>' with a token from this hub's /connect/token; tokens of other hubs, expired or revoked tokens are refused.")
                .ExecuteAsync(context);
            return;
        }

        context.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{scope.Scope}\"";
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"This token was not granted the '{scope.Scope}' scope.",
            detail: "Ask a hub Admin to add the scope to the integration, then request a new token.")
            .ExecuteAsync(context);
    }
}
