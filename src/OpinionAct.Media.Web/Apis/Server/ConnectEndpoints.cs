using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Apis.Integrations;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// The two OpenID endpoints that need our decisions (OpenIddict answers discovery, JWKS, introspection and
/// revocation by itself): the token endpoint, which checks the integration is still usable and grants the
/// requested scopes within the client's, and the authorization endpoint, where a signed-in editor lets an
/// interactive app act as them.
/// </summary>
internal static class ConnectEndpoints
{
    public const string TokenPath = "/connect/token";
    public const string AuthorizePath = "/connect/authorize";
    public const string IntrospectPath = "/connect/introspect";
    public const string RevokePath = "/connect/revoke";

    /// <summary>Paths OpenIddict answers itself; mapped so the site's catch-all (and its output cache) never claims them.</summary>
    public static readonly string[] ServerOnlyPaths =
        [IntrospectPath, RevokePath, "/.well-known/openid-configuration", "/.well-known/jwks"];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TokenPath, TokenAsync).DisableAntiforgery();
        endpoints.MapMethods(AuthorizePath, ["GET", "POST"], AuthorizeAsync).DisableAntiforgery();
        MapServerOnly(endpoints);
    }

    /// <summary>The paths OpenIddict answers; on the host these are all its server offers until a flow needs more.</summary>
    public static void MapServerOnly(IEndpointRouteBuilder endpoints)
    {
        foreach (var path in ServerOnlyPaths)
        {
            // Reached only when OpenIddict did not answer (it always does for these paths).
            endpoints.MapMethods(path, ["GET", "POST"], () => Results.NotFound()).DisableAntiforgery();
        }
    }

    private static async Task<IResult> TokenAsync(HttpContext http, IntegrationService integrations, UserManager<TenantUser> users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID server did not run for the token endpoint.");
        var ct = http.RequestAborted;
        if (request.IsClientCredentialsGrantType())
        {
            var integration = await integrations.UsableAsync(request.ClientId!, ct);
            if (integration is null)
            {
                return Refuse(Errors.InvalidClient, "This integration was revoked or has expired.");
            }

            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, integration.ClientId);
            identity.SetClaim(Claims.Name, integration.Name);
            var granted = integration.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

            // No scope asked: everything the integration was given (OpenIddict already refused scopes beyond it).
            identity.SetScopes(request.GetScopes().IsEmpty ? granted : request.GetScopes().Intersect(granted, StringComparer.Ordinal));
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            await integrations.RecordUseAsync(integration.ClientId, ct);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var principal = result.Principal;
            var user = principal?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
            if (principal is null || user is null || await integrations.UsableAsync(request.ClientId!, ct) is null)
            {
                return Refuse(Errors.InvalidGrant, "The account or the app that this grant was issued for no longer exists.");
            }

            if (PeopleService.IsDisabled(user))
            {
                return Refuse(Errors.InvalidGrant, "The account that this grant was issued for is disabled.");
            }

            // Roles are read again, so a person who lost a role does not keep it through a refresh token.
            var identity = new ClaimsIdentity(principal.Claims, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            await integrations.RecordUseAsync(request.ClientId!, ct);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, IntegrationService integrations, UserManager<TenantUser> users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID server did not run for the authorization endpoint.");
        var editor = await http.AuthenticateAsync(EditorAdmin.Scheme);
        if (!editor.Succeeded)
        {
            // Sign in to this hub's admin first, then come back here with the same request.
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + http.Request.QueryString }, [EditorAdmin.Scheme]);
        }

        var user = editor.Principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null || PeopleService.IsDisabled(user) || await integrations.UsableAsync(request.ClientId!, http.RequestAborted) is null)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "This app is no longer allowed on this hub.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        // Consent is implicit: a hub Admin registered the app and chose its scopes; OpenIddict has refused any beyond them.
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id);
        identity.SetClaim(Claims.Name, user.Email);
        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
