using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Apis;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Apis.Keys;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Apis.Cli;

/// <summary><c>keys rotate</c>: publishes a tenant's next token-signing key (see <see cref="ApiKeyRing.RotateAsync"/>).</summary>
internal static class KeyCommands
{
    public static async Task<int> RotateAsync(CliContext cli)
    {
        var tenant = await IntegrationCommands.TenantAsync(cli);
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var rotation = await cli.Get<ApiKeyRing>().RotateAsync(tenant.Name, scope.ServiceProvider.GetRequiredService<ApiKeyStore>(), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(AuditActions.KeyRotated, rotation.KeyId, $"signs from {rotation.SignsFromUtc:u}");
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(rotation, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Published key {rotation.KeyId} for '{tenant.Name}'; it signs from {rotation.SignsFromUtc:u}. The current key stays accepted until {rotation.PreviousAcceptedUntilUtc:u}."));
        return MediaCli.Success;
    }
}
