using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Accounts;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.Web.Accounts.Cli;

/// <summary><c>users add</c>: an editor account in a tenant, or agency staff with <c>--tenant Default</c>.</summary>
internal static class UserCommands
{
    public static async Task<int> AddAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var tenantName = args.Required("tenant");
        var email = args.Required("email").Trim();
        var role = args.Required("role");
        args.RejectUnknownOptions();
        if (!EmailAddress.IsValid(email))
        {
            throw new MediaValidationException($"'{email}' is not a valid email address.");
        }

        var (password, generated) = await ReadPasswordAsync(cli.In);
        var result = tenantName == TenantDescriptor.HostName
            ? await AddAgencyUserAsync(cli, email, role, password)
            : await AddTenantUserAsync(cli, tenantName, email, role, password);
        if (!result.Succeeded)
        {
            throw new MediaValidationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await cli.Out.WriteLineAsync($"Added {email} to '{tenantName}' as {role}.");
        if (generated)
        {
            await cli.Out.WriteLineAsync($"Generated password (shown once): {password}");
        }

        return MediaCli.Success;
    }

    private static async Task<(string Password, bool Generated)> ReadPasswordAsync(TextReader stdin)
    {
        // A password piped on stdin keeps it out of the shell history and the process list.
        var line = System.Console.IsInputRedirected || stdin != System.Console.In ? await stdin.ReadLineAsync() : null;
        return string.IsNullOrEmpty(line) ? (Passwords.Generate(), true) : (line, false);
    }

    private static async Task<IdentityResult> AddAgencyUserAsync(CliContext cli, string email, string role, string password)
    {
        if (role != AgencyConsoleEndpoints.Role)
        {
            throw new MediaValidationException($"Agency accounts have the role '{AgencyConsoleEndpoints.Role}', not '{role}'.");
        }

        await using var scope = cli.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AgencyUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new MediaValidationException($"An agency account for {email} already exists.");
        }

        return await AgencyAccounts.CreateAsync(users, scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), email, password, cli.Get<TimeProvider>().GetUtcNow());
    }

    private static async Task<IdentityResult> AddTenantUserAsync(CliContext cli, string tenantName, string email, string role, string password)
    {
        var tenant = await cli.Get<ITenantStore>().FindAsync(tenantName, CancellationToken.None) ?? throw TenantStore.UnknownTenant(tenantName);
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<TenantRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            var known = string.Join(", ", roles.Roles.Select(r => r.Name).OrderBy(n => n));
            throw new MediaValidationException($"Unknown role '{role}' in tenant '{tenantName}'. Roles: {known}.");
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new MediaValidationException($"{email} already has an account in '{tenantName}'.");
        }

        var user = new TenantUser { UserName = email, Email = email, EmailConfirmed = true, CreatedUtc = cli.Get<TimeProvider>().GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
    }
}
