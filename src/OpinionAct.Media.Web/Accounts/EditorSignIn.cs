using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Checks an editor's email and password against the hub's accounts and their roles; issues the editor
/// cookie with a new session (a row of the session list, named by the cookie's <c>sid</c> claim); ends a
/// session. The throttle, the log lines and the pages stay with the endpoints.
/// </summary>
public sealed class EditorSignIn(UserManager<TenantUser> users, TenantSessionStore sessions, AccountPolicyStore policy, TimeProvider clock, TrustedProxies proxies)
{
    public async Task<EditorSignInResult> CheckAsync(string email, string password, string tenantName)
    {
        var user = await PasswordSignIn.CheckAsync(users, email, password);
        if (user is null)
        {
            return new EditorSignInResult(null, false);
        }

        var roles = await users.GetRolesAsync(user);
        return new EditorSignInResult(user, roles.Any(IsEditorRole), PeopleService.IsDisabled(user));
    }

    public static bool IsEditorRole(string role) => role is ContentActor.Admin or ContentActor.Editor or ContentActor.Author or ContentActor.GuestExpert;

    /// <summary>Issues the editor cookie for an account whose password (and second factor) were checked, with a new session.</summary>
    public async Task SignInAsync(HttpContext http, TenantUser user, string tenantName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var agent = http.Request.Headers.UserAgent.ToString();
        var session = new UserSessionRecord
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            UserId = user.Id,
            CreatedUtc = now,
            LastSeenUtc = now,
            UserAgent = agent.Length <= UserSessionRecord.UserAgentLength ? agent : agent[..UserSessionRecord.UserAgentLength],
            Ip = proxies.ClientAddress(http),
        };
        await sessions.AddAsync(session, http.RequestAborted);
        var roles = await users.GetRolesAsync(user);
        await http.SignInAsync(EditorAdmin.Scheme, EditorPrincipal.Create(user, roles, tenantName, users.Options, session.Id));
    }

    /// <summary>Ends this browser's session: the row goes, then the cookie.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && http.User.FindFirstValue(EditorPrincipal.SessionClaim) is { } sid)
        {
            await sessions.RemoveAsync(userId, sid, CancellationToken.None);
        }

        await http.SignOutAsync(EditorAdmin.Scheme);
    }

    /// <summary>Whether the agency requires every editor of this hub to sign in with a second factor.</summary>
    public Task<bool> RequiresTwoFactorAsync(CancellationToken cancellationToken) => policy.RequiresTwoFactorAsync(cancellationToken);

    /// <summary>The signed-in editor's account, or null.</summary>
    public Task<TenantUser?> CurrentAsync(HttpContext http) => users.GetUserAsync(http.User);

    public Task<List<UserSessionRecord>> SessionsAsync(string userId, CancellationToken cancellationToken) => sessions.ForUserAsync(userId, cancellationToken);

    /// <summary>Ends one of the user's sessions; false when it is not theirs.</summary>
    public Task<bool> RevokeAsync(string userId, string sessionId, CancellationToken cancellationToken) => sessions.RemoveAsync(userId, sessionId, cancellationToken);

    /// <summary>Ends every session of the user, this one included; returns how many.</summary>
    public Task<int> RevokeAllAsync(string userId, CancellationToken cancellationToken) => sessions.RemoveAllAsync(userId, cancellationToken);
}
