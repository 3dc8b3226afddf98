using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Web.Agency;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>Creates agency staff accounts (host database) with the Agency role.</summary>
public static class AgencyAccounts
{
    public static async Task<IdentityResult> CreateAsync(UserManager<AgencyUser> users, RoleManager<IdentityRole> roles, string email, string password, DateTimeOffset now)
    {
        if (!await roles.RoleExistsAsync(AgencyConsoleEndpoints.Role))
        {
            await roles.CreateAsync(new IdentityRole(AgencyConsoleEndpoints.Role));
        }

        var user = new AgencyUser { UserName = email, Email = email, EmailConfirmed = true, CreatedUtc = now.UtcDateTime };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? await users.AddToRoleAsync(user, AgencyConsoleEndpoints.Role) : result;
    }
}
