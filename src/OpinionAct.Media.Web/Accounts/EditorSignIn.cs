using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Checks an editor's email and password against the hub's accounts, then their roles, and builds the
/// editor cookie's principal. The throttle, the log lines and the page stay with the endpoint.
/// </summary>
public sealed class EditorSignIn(UserManager<TenantUser> users)
{
    public async Task<EditorSignInResult> CheckAsync(string email, string password, string tenantName)
    {
        var user = await PasswordSignIn.CheckAsync(users, email, password);
        if (user is null)
        {
            return new EditorSignInResult(null, null);
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(role => role is ContentActor.Admin or ContentActor.Editor or ContentActor.Author or ContentActor.GuestExpert)
            ? new EditorSignInResult(user.Id, EditorPrincipal.Create(user, roles, tenantName, users.Options))
            : new EditorSignInResult(user.Id, null);
    }

    /// <summary>Issues the editor cookie for an account whose password (and second factor) were checked.</summary>
    public async Task SignInAsync(HttpContext http, TenantUser user, string tenantName)
    {
        var roles = await users.GetRolesAsync(user);
        await http.SignInAsync(EditorAdmin.Scheme, EditorPrincipal.Create(user, roles, tenantName, users.Options));
    }
}
