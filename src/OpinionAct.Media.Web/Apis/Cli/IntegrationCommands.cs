using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Apis.Cli;

/// <summary><c>integrations create|list|revoke</c>: the admin's integrations page, for automation.</summary>
internal static class IntegrationCommands
{
    private const string Actor = "cli";

    public static async Task<int> CreateAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var tenant = await TenantAsync(cli);
        var request = new IntegrationRequest(
            args.Required("name"),
            args.All("scope").SelectMany(s => s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)).ToList(),
            args.Option("expires") is { } expires ? ParseDate(expires) : null,
            args.Option("redirect-uri"),
            args.Option("token-minutes") is { } minutes
                ? int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : throw new CliUsageException("--token-minutes takes a whole number of minutes.")
                : IntegrationRequest.DefaultAccessTokenMinutes);
        var json = args.Flag("json");
        args.RejectUnknownOptions();

        await using var scope = cli.Services.CreateTenantScope(tenant);
        var created = await scope.ServiceProvider.GetRequiredService<IntegrationService>().CreateAsync(request, Actor, CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(created, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"Created integration '{created.Name}' in '{tenant.Name}' with {string.Join(' ', created.Scopes)}.");
        await cli.Out.WriteLineAsync($"Client id: {created.ClientId}");
        if (created.ClientSecret is not null)
        {
            await cli.Out.WriteLineAsync($"Client secret (shown once; only its hash is kept): {created.ClientSecret}");
        }

        return MediaCli.Success;
    }

    public static async Task<int> ListAsync(CliContext cli)
    {
        var tenant = await TenantAsync(cli);
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var list = await scope.ServiceProvider.GetRequiredService<IntegrationService>().ListAsync(CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(list, MediaCli.Json));
            return MediaCli.Success;
        }

        foreach (var i in list)
        {
            var state = i.RevokedUtc is not null ? "revoked" : i.ExpiresUtc is { } e && e <= cli.Get<TimeProvider>().GetUtcNow().UtcDateTime ? "expired" : "active";
            await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{i.ClientId}\t{i.Name}\t{i.Scopes}\t{state}\tlast used {i.LastUsedUtc?.ToString("u", CultureInfo.InvariantCulture) ?? "never"}"));
        }

        return MediaCli.Success;
    }

    public static async Task<int> RevokeAsync(CliContext cli)
    {
        var tenant = await TenantAsync(cli);
        var clientId = cli.Arguments.Required("client-id");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        if (!await scope.ServiceProvider.GetRequiredService<IntegrationService>().RevokeAsync(clientId, Actor, CancellationToken.None))
        {
            throw new MediaValidationException($"No active integration '{clientId}' in '{tenant.Name}'.");
        }

        await cli.Out.WriteLineAsync($"Revoked {clientId}: its tokens are refused from now on.");
        return MediaCli.Success;
    }

    internal static async Task<TenantDescriptor> TenantAsync(CliContext cli)
    {
        var name = cli.Arguments.Required("tenant");
        return await cli.Get<ITenantStore>().FindAsync(name, CancellationToken.None) ?? throw Data.Host.TenantStore.UnknownTenant(name);
    }

    private static DateTime ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.UtcDateTime
            : throw new CliUsageException($"--expires '{text}' is not a date such as 2027-06-30 or 2027-06-30T12:00Z.");
}
