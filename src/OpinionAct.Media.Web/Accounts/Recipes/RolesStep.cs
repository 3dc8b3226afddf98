using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Accounts.Recipes;

/// <summary>
/// The <c>Roles</c> step: creates each role (or updates its description). Our permissions are
/// fixed per built-in role, so Orchard Core permission lists are reported, not applied.
/// </summary>
internal sealed class RolesStep(RoleManager<TenantRole> roles) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var withPermissions = new List<string>();
        foreach (var (item, path) in context.ObjectArray("Roles", "role"))
        {
            var name = context.OptionalString(item, "Name", path)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                context.Error($"{path}.Name", "every role needs a Name");
                continue;
            }

            var description = context.OptionalString(item, "Description", path);
            if (context.StringArray(item, "Permissions", path).Count > 0)
            {
                withPermissions.Add(name);
            }

            var role = await roles.FindByNameAsync(name);
            var result = role is null
                ? await roles.CreateAsync(new TenantRole(name) { Description = description })
                : await UpdateDescriptionAsync(role, description);
            if (!result.Succeeded)
            {
                context.Error($"{path}.Name", string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }

        if (withPermissions.Count > 0)
        {
            context.Warn(context.Step.PathOf("Roles"), $"Orchard Core permissions are not applied (roles have fixed permissions here): {string.Join(", ", withPermissions)}");
        }
    }

    private async Task<IdentityResult> UpdateDescriptionAsync(TenantRole role, string? description)
    {
        if (description is null || description == role.Description)
        {
            return IdentityResult.Success;
        }

        role.Description = description;
        return await roles.UpdateAsync(role);
    }
}
