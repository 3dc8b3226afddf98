using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Keeps an editor's cookie inside its tenant. The cookie's path is the tenant's PathBase, so a
/// browser does not send it to another prefix tenant on the same host; and a cookie that reaches
/// another tenant anyway (copied by hand, or from a host tenant whose path covers a prefix) is
/// worthless there, because its <c>tenant</c> claim must name the tenant that reads it. The user
/// must still exist with the same security stamp, and the cookie's session must still be listed; roles are re-read on every admin request, so
/// removing a role takes effect at once.
/// </summary>
internal sealed class EditorCookieEvents : CookieAuthenticationEvents
{
    /// <summary>A session's "last seen" moves at most this often: one write per editor every few minutes, not per request.</summary>
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(5);

    public override Task SigningIn(CookieSigningInContext context)
    {
        context.CookieOptions.Path = TenantPath(context.HttpContext);
        return base.SigningIn(context);
    }

    public override Task SigningOut(CookieSigningOutContext context)
    {
        context.CookieOptions.Path = TenantPath(context.HttpContext);
        return base.SigningOut(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<TenantContext>();
        var principal = context.Principal;
        if (principal is null
            || !tenant.HasTenant
            || tenant.Tenant.IsHost
            || !string.Equals(principal.FindFirstValue(EditorPrincipal.TenantClaim), tenant.Tenant.Name, StringComparison.Ordinal))
        {
            await RejectAsync(context, tenant, "issued by another tenant");
            return;
        }

        var users = services.GetRequiredService<UserManager<TenantUser>>();
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null
            || !string.Equals(principal.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType), user.SecurityStamp, StringComparison.Ordinal))
        {
            await RejectAsync(context, tenant, user is null ? "the account no longer exists" : "the account's security stamp changed");
            return;
        }

        // The session must still be listed: signing out elsewhere ("sign out everywhere", or this one from the list) deletes it.
        var sessionId = principal.FindFirstValue(EditorPrincipal.SessionClaim);
        var sessions = services.GetRequiredService<TenantSessionStore>();
        var session = sessionId is null ? null : await sessions.FindAsync(sessionId, user.Id, context.HttpContext.RequestAborted);
        if (session is null)
        {
            await RejectAsync(context, tenant, "the session was signed out");
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (now - session.LastSeenUtc > LastSeenResolution)
        {
            await sessions.TouchAsync(session.Id, now, context.HttpContext.RequestAborted);
        }

        var roles = await users.GetRolesAsync(user);
        if (!EditorPrincipal.Roles(principal).SetEquals(roles))
        {
            context.ReplacePrincipal(EditorPrincipal.Create(user, roles, tenant.Tenant.Name, users.Options, sessionId));
            context.ShouldRenew = true;
        }
    }

    /// <summary>A signed-in editor without the role a page needs gets a 403 page, not a redirect to sign in again.</summary>
    public override async Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.HttpContext.RequestServices.GetRequiredService<AdminRequest>();
        await request.LoadAsync(context.HttpContext, context.HttpContext.RequestAborted);
        await AdminLayout.Forbidden(request).ExecuteAsync(context.HttpContext);
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context, TenantContext tenant, string reason)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EditorAdmin))
            .EditorCookieRefused(tenant.HasTenant ? tenant.Tenant.Name : "(none)", reason);
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(EditorAdmin.Scheme);
    }

    private static string TenantPath(HttpContext context) =>
        context.Request.PathBase.HasValue ? context.Request.PathBase.Value! : "/";
}
