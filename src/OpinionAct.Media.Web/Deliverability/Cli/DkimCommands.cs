using System.Text.Json;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Deliverability.Cli;

/// <summary><c>dkim create|rotate|list|remove</c>: a hub's DKIM keys, as the agency sets up a brand's sending domain.</summary>
internal static class DkimCommands
{
    public static Task<int> CreateAsync(CliContext cli) => CreateOrRotateAsync(cli, rotate: false);

    public static Task<int> RotateAsync(CliContext cli) => CreateOrRotateAsync(cli, rotate: true);

    public static async Task<int> ListAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var keys = await scope.ServiceProvider.GetRequiredService<DkimKeyService>().ListAsync(CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(keys, MediaCli.Json));
            return MediaCli.Success;
        }

        if (keys.Count == 0)
        {
            await cli.Out.WriteLineAsync($"'{tenant.Name}' has no DKIM key: its mail is not signed. Create one with: dkim create --tenant {tenant.Name} --domain D");
        }

        foreach (var key in keys)
        {
            await cli.Out.WriteLineAsync($"{key.Domain}  {key.Selector}  {(key.Signing ? "signs" : "retired")}  created {key.CreatedUtc:yyyy-MM-dd}");
            await cli.Out.WriteLineAsync("  " + ZoneLine(key));
        }

        return MediaCli.Success;
    }

    public static async Task<int> RemoveAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        var domain = cli.Arguments.Required("domain");
        var selector = cli.Arguments.Required("selector");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        await scope.ServiceProvider.GetRequiredService<DkimKeyService>().RemoveAsync(domain, selector, CancellationToken.None);
        await cli.Out.WriteLineAsync($"DKIM key '{selector}' of {domain} removed from '{tenant.Name}'. Its TXT record can be deleted.");
        return MediaCli.Success;
    }

    /// <summary>The record as a zone file line: TXT strings longer than 255 characters are split into several quoted strings (RFC 1035 §3.3.14).</summary>
    internal static string ZoneLine(DkimKeyView key) => TxtZoneLine.Format(key.RecordName, key.RecordValue);

    private static async Task<int> CreateOrRotateAsync(CliContext cli, bool rotate)
    {
        var tenant = await cli.TenantAsync();
        var domain = cli.Arguments.Required("domain");
        var selector = cli.Arguments.Option("selector");
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var keys = scope.ServiceProvider.GetRequiredService<DkimKeyService>();
        var had = (await keys.ListAsync(CancellationToken.None)).Any(k => k.Signing && string.Equals(k.Domain, domain.Trim(), StringComparison.OrdinalIgnoreCase));
        if (rotate && !had)
        {
            throw new CliUsageException($"'{tenant.Name}' has no DKIM key for {domain} to rotate: create one with dkim create.");
        }

        if (!rotate && had)
        {
            throw new CliUsageException($"'{tenant.Name}' already signs {domain}: use dkim rotate to replace its key.");
        }

        var key = await keys.CreateAsync(domain, selector, CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(key, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"DKIM key '{key.Selector}' of {key.Domain} for '{tenant.Name}': it signs from the next mail sent.");
        await cli.Out.WriteLineAsync("Publish this TXT record at your DNS provider:");
        await cli.Out.WriteLineAsync("  " + ZoneLine(key));
        if (rotate)
        {
            await cli.Out.WriteLineAsync("Keep the previous key's record published for a few days, then: dkim remove --tenant " + tenant.Name + " --domain " + key.Domain + " --selector <old>");
        }

        return MediaCli.Success;
    }
}
