using System.Security.Claims;
using OpenIddict.Abstractions;
using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// Who calls the Admin API in this request: an integration (client credentials; it acts with an Editor's
/// rights inside its scopes) or a person through an app (authorization code; their own roles). Read from
/// the validated token, so it is only meaningful on routes that <see cref="ApiAuthorization.RequireScope{TBuilder}"/>.
/// </summary>
public sealed class ApiCaller(IHttpContextAccessor http)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The OAuth client id of the integration that obtained the token.</summary>
    public string ClientId => User.GetClaim(OpenIddictConstants.Claims.ClientId) ?? User.GetClaim(OpenIddictConstants.Claims.Subject) ?? string.Empty;

    /// <summary>True when a person signed in through an app; false for an integration acting on its own.</summary>
    public bool IsPerson => User.HasClaim(c => c.Type == OpenIddictConstants.Claims.Role);

    /// <summary>The name shown in revisions and the audit log: the integration's name, or the person's email.</summary>
    public string Name => User.GetClaim(OpenIddictConstants.Claims.Name) ?? ClientId;

    public ContentActor Actor => IsPerson
        ? new ContentActor(User.GetClaim(OpenIddictConstants.Claims.Subject), User.GetClaims(OpenIddictConstants.Claims.Role).ToHashSet(StringComparer.Ordinal)) { Name = Name }
        : new ContentActor(null, new HashSet<string>(StringComparer.Ordinal) { ContentActor.Editor }) { Name = Name };

    public bool HasScope(string scope) => User.HasScope(scope);
}
