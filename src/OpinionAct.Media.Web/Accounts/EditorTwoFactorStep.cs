using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// The step between an editor's password and the second factor: a short-lived cookie of its own (path = the
/// tenant's base) naming the account, its tenant and security stamp, whether it must enrol first, and where
/// to go afterwards. It opens nothing but the second-factor page.
/// </summary>
public static class EditorTwoFactorStep
{
    public const string Scheme = "EditorTwoFactor";

    private const string EnrolClaim = "enrol";
    private const string ReturnClaim = "return";

    public static void AddEditorTwoFactorStep(this IServiceCollection services, TimeSpan lifetime) =>
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = ".media.editor.2fa";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = lifetime;
            cookie.SlidingExpiration = false;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnSigningIn = context =>
                {
                    context.CookieOptions.Path = context.HttpContext.Request.PathBase.HasValue ? context.HttpContext.Request.PathBase.Value : "/";
                    return Task.CompletedTask;
                },
                OnSigningOut = context =>
                {
                    context.CookieOptions.Path = context.HttpContext.Request.PathBase.HasValue ? context.HttpContext.Request.PathBase.Value : "/";
                    return Task.CompletedTask;
                },
            };
        });

    public static Task BeginAsync(HttpContext http, TenantUser user, string tenantName, bool enrol, string? returnUrl, IdentityOptions options)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id),
                new Claim(EditorPrincipal.TenantClaim, tenantName),
                new Claim(options.ClaimsIdentity.SecurityStampClaimType, user.SecurityStamp ?? string.Empty),
                new Claim(EnrolClaim, enrol ? "true" : "false"),
                new Claim(ReturnClaim, returnUrl ?? string.Empty),
            ],
            Scheme);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    /// <summary>The account waiting for its second factor on this tenant (same stamp as when the password was checked), or null.</summary>
    public static async Task<(TenantUser User, string? ReturnUrl)?> CurrentAsync(HttpContext http, UserManager<TenantUser> users, string tenantName)
    {
        var result = await http.AuthenticateAsync(Scheme);
        var principal = result.Principal;
        if (!result.Succeeded || principal is null || principal.FindFirstValue(EditorPrincipal.TenantClaim) != tenantName
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || await users.FindByIdAsync(id) is not { } user
            || principal.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType) != (user.SecurityStamp ?? string.Empty))
        {
            return null;
        }

        return (user, principal.FindFirstValue(ReturnClaim));
    }

    public static Task EndAsync(HttpContext http) => http.SignOutAsync(Scheme);
}
