using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Web.Accounts;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// Checks agency staff's email and password against the host's accounts and builds the console cookie's
/// principal (id, email, roles). The throttle, the log lines and the page stay with the endpoint.
/// </summary>
public sealed class AgencySignIn(UserManager<AgencyUser> users)
{
    /// <summary>The principal to sign in, or null when the email is unknown or the password wrong.</summary>
    public async Task<ClaimsPrincipal?> CheckAsync(string email, string? password)
    {
        var user = await PasswordSignIn.CheckAsync(users, email, password);
        return user is null ? null : await PrincipalAsync(user);
    }

    /// <summary>The account of a right email and password, or null (for the second step of sign-in).</summary>
    public Task<AgencyUser?> CheckUserAsync(string email, string? password) => PasswordSignIn.CheckAsync(users, email, password);

    /// <summary>The console cookie's principal for an account whose password (and second factor) were checked.</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(AgencyUser user)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Email ?? user.Id), .. (await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r))],
            AgencyConsoleEndpoints.Scheme);
        if (ConsoleLanguage.Normalize(user.Language) is { } language)
        {
            identity.AddClaim(new Claim(ConsoleLanguage.Claim, language));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>Issues the signed-in person's cookie again, in the same session, after their account changed (its language).</summary>
    public async Task RefreshAsync(HttpContext http, AgencyUser user)
    {
        var principal = await PrincipalAsync(user);
        if (http.User.FindFirst(EditorPrincipal.SessionClaim) is { } session)
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(session.Type, session.Value));
        }

        await http.SignInAsync(AgencyConsoleEndpoints.Scheme, principal);
    }

    /// <summary>Issues the console cookie, with a new session (listed under My account, refused once signed out).</summary>
    public async Task SignInAsync(HttpContext http, AgencyUser user) =>
        await http.SignInAsync(AgencyConsoleEndpoints.Scheme, await AgencySessions.StartAsync(http, await PrincipalAsync(user)));
}
