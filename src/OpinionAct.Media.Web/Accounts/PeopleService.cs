using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Audit;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// A hub's accounts for the People pages (the hub's own, and the agency console's page of each hub): the list with
/// roles, creating an account with a generated password, adding, removing and setting a role, disabling and enabling
/// an account. Identity's managers do the storage; the page's checks (valid email, known role, last Admin) stay with
/// the caller, which words them for its reader.
/// </summary>
public sealed partial class PeopleService(UserManager<TenantUser> users, RoleManager<TenantRole> roles, TenantSessionStore sessions, TimeProvider clock, AuditTrail audit)
{
    public async Task<IReadOnlyList<PersonView>> ListAsync(CancellationToken cancellationToken)
    {
        var people = new List<PersonView>();
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken))
        {
            var userRoles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            people.Add(new PersonView(user.Id, user.Email ?? user.UserName ?? user.Id, userRoles, user.CreatedUtc, IsDisabled(user)));
        }

        return people;
    }

    /// <summary>The hub's roles, in order.</summary>
    public async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken) =>
        (await roles.Roles.AsNoTracking().Select(x => x.Name).ToListAsync(cancellationToken)).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public async Task<bool> EmailTakenAsync(string email) => await users.FindByEmailAsync(email) is not null;

    public async Task<bool> ExistsAsync(string id) => await users.FindByIdAsync(id) is not null;

    /// <summary>Creates the account with a generated password and the role; the password is returned to be shown once.</summary>
    public async Task<(IdentityResult Result, string Password)> CreateAsync(string email, string role)
    {
        var password = Passwords.Generate();
        var user = new TenantUser { UserName = email, Email = email, EmailConfirmed = true, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.UserCreated, email, $"role {role}");
        }

        return (result, password);
    }

    /// <summary>True when taking the Admin role from one more account (or disabling it) would leave the hub without an Admin who can sign in.</summary>
    public async Task<bool> IsLastAdminAsync() => (await users.GetUsersInRoleAsync(ContentActor.Admin)).Count(u => !IsDisabled(u)) <= 1;

    public async Task<IdentityResult> ChangeRoleAsync(string id, string role, bool add)
    {
        var user = await users.FindByIdAsync(id) ?? throw new InvalidOperationException($"No account {id}.");
        var result = add ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.RoleChanged, user.Email ?? user.Id, add ? $"role {role} added" : $"role {role} removed");
        }

        return result;
    }
}
