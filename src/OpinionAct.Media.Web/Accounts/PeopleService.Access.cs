using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Who may sign in: one role per account as the console sets it, and disabled accounts. A disabled account is
/// Identity's lockout with no end in sight (<see cref="DisabledUntil"/>); nothing else locks an account out, because
/// failed sign-ins are throttled by <see cref="SignInThrottle"/> instead. Disabling changes the security stamp and
/// deletes the account's sessions, so every signed-in browser is refused at its next request.
/// </summary>
public sealed partial class PeopleService
{
    /// <summary>The lockout end that marks a disabled account: far enough to never pass, and a value both databases store.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(TenantUser user) => user.LockoutEnd >= DisabledUntil;

    public Task<TenantUser?> FindAsync(string id) => users.FindByIdAsync(id);

    /// <summary>Makes <paramref name="role"/> the account's one editor role (the others are taken away); other roles are kept.</summary>
    public async Task<IdentityResult> SetRoleAsync(TenantUser user, string role)
    {
        var current = await users.GetRolesAsync(user);
        var remove = current.Where(r => r != role && EditorSignIn.IsEditorRole(r)).ToList();
        var result = remove.Count == 0 ? IdentityResult.Success : await users.RemoveFromRolesAsync(user, remove);
        if (result.Succeeded && !current.Contains(role))
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.RoleChanged, user.Email ?? user.Id, $"role set to {role}");
        }

        return result;
    }

    /// <summary>True when the account is an Admin who can sign in: the hub's last one may not be disabled or demoted.</summary>
    public async Task<bool> IsActiveAdminAsync(TenantUser user) => !IsDisabled(user) && await users.IsInRoleAsync(user, ContentActor.Admin);

    public async Task<IdentityResult> DisableAsync(TenantUser user, CancellationToken cancellationToken)
    {
        user.LockoutEnabled = true;
        user.LockoutEnd = DisabledUntil;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            // A new stamp refuses every cookie and refresh token issued before; the session rows go with them.
            result = await users.UpdateSecurityStampAsync(user);
            await sessions.RemoveAllAsync(user.Id, cancellationToken);
            await audit.RecordAsync(AuditActions.UserDisabled, user.Email ?? user.Id, cancellationToken: cancellationToken);
        }

        return result;
    }

    public async Task<IdentityResult> EnableAsync(TenantUser user, CancellationToken cancellationToken)
    {
        user.LockoutEnd = null;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.UserEnabled, user.Email ?? user.Id, cancellationToken: cancellationToken);
        }

        return result;
    }
}
