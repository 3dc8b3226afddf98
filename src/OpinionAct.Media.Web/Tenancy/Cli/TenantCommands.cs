using OpinionAct.Media.Accounts;
using OpinionAct.Media.Localization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Recipes.Cli;

namespace OpinionAct.Media.Web.Tenancy.Cli;

/// <summary><c>tenants list | create | update | disable | enable | remove</c>.</summary>
internal static class TenantCommands
{
    public static async Task<int> ListAsync(CliContext cli)
    {
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        var table = await cli.Get<ITenantStore>().LoadAsync(CancellationToken.None);
        var usage = cli.Get<MediaLibraryUsage>();
        var media = new List<MediaQuotaUsage?>();
        foreach (var t in table.Tenants)
        {
            media.Add(await usage.ForAsync(t, CancellationToken.None));
        }

        if (json)
        {
            var rows = new JsonArray();
            foreach (var (t, used) in table.Tenants.Zip(media))
            {
                var row = JsonSerializer.SerializeToNode(t, MediaCli.Json)!.AsObject();
                row["media"] = used is null ? null : JsonSerializer.SerializeToNode(new { usedBytes = used.UsedBytes, quotaBytes = used.QuotaBytes });
                rows.Add(row);
            }

            await cli.Out.WriteLineAsync(rows.ToJsonString(MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"{"NAME",-24} {"STATE",-13} {"ADDRESS",-40} {"THEME",-10} {"RECIPE",-14} MEDIA (USED / QUOTA)");
        foreach (var (t, used) in table.Tenants.Zip(media))
        {
            await cli.Out.WriteLineAsync($"{t.Name,-24} {t.State,-13} {Address(t),-40} {t.Theme,-10} {t.Recipe,-14} {used?.ToString() ?? "-"}");
        }

        return MediaCli.Success;
    }

    public static async Task<int> CreateAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var names = args.All("name");
        if (names.Count > 1)
        {
            return await CreateManyAsync(cli, names);
        }

        var request = new TenantCreateRequest
        {
            Name = args.Required("name"),
            DisplayName = args.Option("display-name"),
            Hosts = args.All("host"),
            Prefix = args.Option("prefix"),
            Recipe = args.Option("recipe"),
            RecipeFile = args.Option("recipe-file"),
            Theme = args.Option("theme"),
        };
        var adminEmail = args.Option("admin-email")?.Trim();
        var json = args.Flag("json");
        args.RejectUnknownOptions();
        if (adminEmail is not null && !EmailAddress.IsValid(adminEmail))
        {
            throw new MediaValidationException($"'{adminEmail}' is not a valid email address for the first Admin; no tenant was created.");
        }

        var result = await cli.Get<TenantProvisioner>().CreateAsync(request, CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(new { tenant = result.Tenant, report = result.Report }, MediaCli.Json));
        }

        if (!result.Succeeded)
        {
            await cli.Error.WriteLineAsync($"error: {result.Report.Summary}");
            return MediaCli.Failure;
        }

        if (!json)
        {
            await cli.Out.WriteLineAsync($"Created tenant '{result.Tenant!.Name}' at {Address(result.Tenant)}.");
            await RecipeCommands.PrintReportAsync(cli, result.Report);
        }

        if (adminEmail is not null)
        {
            var invited = await FirstAdminInvitation.SendAsync(cli.Services, result.Tenant!, adminEmail, "the agency", UiText.For(UiTextArea.Console, UiText.EnglishLanguage), CancellationToken.None);
            await (json ? cli.Error : cli.Out).WriteLineAsync(invited);
        }

        return MediaCli.Success;
    }

    // Several --name: one process creates them one after another, each at its own prefix, with the same recipe and
    // theme (an agency onboarding a batch of brands, or a density measurement); stops at the first failure.
    private static async Task<int> CreateManyAsync(CliContext cli, IReadOnlyList<string> names)
    {
        var args = cli.Arguments;
        if (args.Option("display-name") is not null || args.All("host").Count > 0 || args.Option("prefix") is not null || args.Option("admin-email") is not null || args.Flag("json"))
        {
            throw new CliUsageException("With several --name, each tenant gets its name as prefix: leave out --display-name, --host, --prefix, --admin-email and --json.");
        }

        var recipe = args.Option("recipe");
        var recipeFile = args.Option("recipe-file");
        var theme = args.Option("theme");
        args.RejectUnknownOptions();

        var provisioner = cli.Get<TenantProvisioner>();
        foreach (var name in names)
        {
            var result = await provisioner.CreateAsync(new TenantCreateRequest { Name = name, Recipe = recipe, RecipeFile = recipeFile, Theme = theme }, CancellationToken.None);
            if (!result.Succeeded)
            {
                await cli.Error.WriteLineAsync($"error: tenant '{name}': {result.Report.Summary}");
                return MediaCli.Failure;
            }

            await cli.Out.WriteLineAsync($"Created tenant '{result.Tenant!.Name}' at {Address(result.Tenant)}.");
        }

        return MediaCli.Success;
    }

    public static async Task<int> UpdateAsync(CliContext cli, string name)
    {
        var args = cli.Arguments;
        var hosts = args.All("host");
        var noHosts = args.Flag("no-hosts");
        if (noHosts && hosts.Count > 0)
        {
            throw new CliUsageException("Give either --host (the new hosts) or --no-hosts, not both.");
        }

        var request = new TenantUpdateRequest
        {
            Name = name,
            DisplayName = args.Option("display-name"),
            Hosts = noHosts ? [] : hosts.Count > 0 ? hosts : null,
            Prefix = args.Option("prefix"),
            RemovePrefix = args.Flag("no-prefix"),
            Theme = args.Option("theme"),
            RedirectOldAddresses = args.Flag("redirect-old"),
        };
        var json = args.Flag("json");
        args.RejectUnknownOptions();
        if (request is { DisplayName: null, Hosts: null, Prefix: null, RemovePrefix: false, Theme: null })
        {
            throw new CliUsageException("Nothing to change: give --display-name, --host, --no-hosts, --prefix, --no-prefix or --theme.");
        }

        var tenant = await cli.Get<TenantEditor>().UpdateAsync(request, CancellationToken.None);
        await cli.Out.WriteLineAsync(json
            ? JsonSerializer.Serialize(tenant, MediaCli.Json)
            : $"Tenant '{tenant.Name}' (\"{tenant.DisplayName}\") is at {Address(tenant)}, theme {tenant.Theme ?? "default"}.");
        return MediaCli.Success;
    }

    public static async Task<int> SetStateAsync(CliContext cli, string name, bool enable)
    {
        cli.Arguments.RejectUnknownOptions();
        var tenant = await cli.Get<TenantProvisioner>().SetStateAsync(name, enable ? TenantState.Running : TenantState.Disabled, CancellationToken.None);
        await cli.Out.WriteLineAsync($"Tenant '{tenant.Name}' is now {tenant.State}.");
        return MediaCli.Success;
    }

    public static async Task<int> RemoveAsync(CliContext cli, string name)
    {
        var confirmed = cli.Arguments.Flag("yes");
        cli.Arguments.RejectUnknownOptions();
        if (!confirmed)
        {
            throw new CliUsageException($"Removing '{name}' deletes its database, index and media for good; add --yes to confirm.");
        }

        if (await cli.Get<ITenantStore>().FindAsync(name, CancellationToken.None) is null)
        {
            throw TenantStore.UnknownTenant(name);
        }

        await cli.Get<TenantProvisioner>().RemoveAsync(name, CancellationToken.None);
        await cli.Out.WriteLineAsync($"Tenant '{name}' and its storage were removed.");
        return MediaCli.Success;
    }

    private static string Address(TenantDescriptor t) => t.Hosts.Count > 0
        ? string.Join(",", t.Hosts) + (t.Prefix is null ? string.Empty : "/" + t.Prefix)
        : "/" + t.Prefix;
}
