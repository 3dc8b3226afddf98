using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Accounts.Cli;

/// <summary><c>users require-2fa --tenant N --required yes|no</c>: the agency requires (or no longer requires) a second factor from every editor of a hub.</summary>
internal static class TwoFactorPolicyCommands
{
    public static async Task<int> RequireAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var tenantName = args.Required("tenant");
        var value = args.Required("required");
        args.RejectUnknownOptions();
        var required = value switch
        {
            "yes" => true,
            "no" => false,
            _ => throw new MediaValidationException($"--required takes yes or no, not '{value}'."),
        };
        var tenant = await cli.Get<Media.Tenants.ITenantStore>().FindAsync(tenantName, CancellationToken.None) ?? throw Data.Host.TenantStore.UnknownTenant(tenantName);
        await using var scope = cli.Services.CreateTenantScope(tenant);
        await scope.ServiceProvider.GetRequiredService<AccountPolicyStore>().SetRequireTwoFactorAsync(required, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(
            Media.Audit.AuditActions.SettingsChanged, "account policy", required ? "two-step sign-in required" : "two-step sign-in optional", AuditActor.System);
        await cli.Out.WriteLineAsync(required
            ? $"Every editor of '{tenantName}' now signs in with a second factor (those without one enrol at their next sign-in)."
            : $"A second factor is now optional on '{tenantName}'.");
        return MediaCli.Success;
    }
}
