using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Host;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>The step between agency staff's password and their authenticator code: a 5-minute cookie of its own naming the account and its security stamp.</summary>
public static class AgencyTwoFactorStep
{
    public const string Scheme = "AgencyTwoFactor";

    private const string ReturnClaim = "return";

    public static void AddAgencyTwoFactorStep(this IServiceCollection services, TimeSpan lifetime) =>
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = ".media.agency.2fa";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = lifetime;
            cookie.SlidingExpiration = false;
        });

    public static Task BeginAsync(HttpContext http, AgencyUser user, string? returnUrl)
    {
        var stampType = http.RequestServices.GetRequiredService<UserManager<AgencyUser>>().Options.ClaimsIdentity.SecurityStampClaimType;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(stampType, user.SecurityStamp ?? string.Empty), new Claim(ReturnClaim, returnUrl ?? string.Empty)],
            Scheme);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    public static async Task<(AgencyUser User, string? ReturnUrl)?> CurrentAsync(HttpContext http, UserManager<AgencyUser> users)
    {
        var result = await http.AuthenticateAsync(Scheme);
        var principal = result.Principal;
        if (!result.Succeeded || principal is null
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || await users.FindByIdAsync(id) is not { } user
            || principal.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType) != (user.SecurityStamp ?? string.Empty))
        {
            return null;
        }

        return (user, principal.FindFirstValue(ReturnClaim));
    }

    public static Task EndAsync(HttpContext http) => http.SignOutAsync(Scheme);
}
