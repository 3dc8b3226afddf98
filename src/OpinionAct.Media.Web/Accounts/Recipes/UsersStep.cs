using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Accounts;

namespace OpinionAct.Media.Web.Accounts.Recipes;

/// <summary>
/// The <c>Users</c> step: <c>{ "Users": [{ "UserName", "Email", "RoleNames": [] }] }</c>. Accounts
/// are created without a password (a recipe is no place for secrets); their owners set one
/// through <c>users add</c> or a password reset. Existing accounts are left as they are.
/// </summary>
internal sealed class UsersStep(UserManager<TenantUser> users, RoleManager<TenantRole> roles, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "Users";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (item, path) in context.ObjectArray("Users", "user"))
        {
            if (item["Password"] is not null || item["PasswordHash"] is not null)
            {
                context.Warn(path, "passwords in recipes are ignored; set one with `users add` or a password reset");
            }

            var email = context.OptionalString(item, "Email", path)?.Trim();
            if (!EmailAddress.IsValid(email))
            {
                context.Error($"{path}.Email", $"'{email}' is not a valid email address");
                continue;
            }

            var roleNames = context.StringArray(item, "RoleNames", path);
            foreach (var roleName in roleNames.Where(r => !roles.Roles.Any(role => role.Name == r)))
            {
                context.Error($"{path}.RoleNames", $"role '{roleName}' does not exist in this tenant");
            }

            if (await users.FindByEmailAsync(email!) is not null)
            {
                continue;
            }

            var user = new TenantUser { UserName = context.OptionalString(item, "UserName", path) ?? email, Email = email, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            var result = await users.CreateAsync(user);
            if (result.Succeeded && roleNames.Count > 0)
            {
                result = await users.AddToRolesAsync(user, roleNames);
            }

            if (!result.Succeeded)
            {
                context.Error(path, string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }
}
