using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>The claims an editor's cookie carries: id, email, roles, security stamp, and the tenant it was issued by.</summary>
internal static class EditorPrincipal
{
    /// <summary>The tenant's name; a cookie is only ever accepted by the tenant named here.</summary>
    public const string TenantClaim = "tenant";

    /// <summary>"true" on the principal of agency staff who opened the hub's admin with the support role.</summary>
    public const string SupportClaim = "support";

    /// <summary>The session this cookie belongs to (a row of UserSessions): deleting the row signs the cookie out.</summary>
    public const string SessionClaim = "sid";

    public static ClaimsPrincipal Create(TenantUser user, IEnumerable<string> roles, string tenant, IdentityOptions options, string? sessionId)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.Email ?? user.UserName ?? user.Id),
            new(TenantClaim, tenant),
        };
        if (user.SecurityStamp is { } stamp)
        {
            claims.Add(new Claim(options.ClaimsIdentity.SecurityStampClaimType, stamp));
        }

        if (sessionId is not null)
        {
            claims.Add(new Claim(SessionClaim, sessionId));
        }

        claims.AddRange(roles.Order(StringComparer.Ordinal).Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, EditorAdmin.Scheme));
    }

    public static HashSet<string> Roles(ClaimsPrincipal principal) =>
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
}
