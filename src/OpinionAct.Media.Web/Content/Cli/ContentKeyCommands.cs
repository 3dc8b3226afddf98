using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Web.Apis.Cli;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Content.Api;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content.Cli;

/// <summary><c>content-key show|regenerate|require</c>: the Content API key card of Admin → Integrations, for automation.</summary>
internal static class ContentKeyCommands
{
    public static Task<int> ShowAsync(CliContext cli) => RunAsync(cli, (keys, _) => keys.ViewAsync(CancellationToken.None), "Content API key of '{0}': {1} (reads {2} the key).");

    public static Task<int> RegenerateAsync(CliContext cli) =>
        RunAsync(cli, (keys, _) => keys.RegenerateAsync(CancellationToken.None), "New Content API key of '{0}': {1} (reads {2} the key). The old key is refused from now on.");

    public static Task<int> RequireAsync(CliContext cli)
    {
        var required = cli.Arguments.Required("required") switch
        {
            "yes" or "true" or "on" => true,
            "no" or "false" or "off" => false,
            var other => throw new CliUsageException($"--required takes yes or no, not '{other}'."),
        };
        return RunAsync(cli, async (keys, _) =>
        {
            await keys.SetRequiredAsync(required, CancellationToken.None);
            return await keys.ViewAsync(CancellationToken.None);
        }, "Content API of '{0}' (key {1}): reads {2} the key.");
    }

    private static async Task<int> RunAsync(CliContext cli, Func<ContentKeyService, CliContext, Task<ContentKeyView>> work, string format)
    {
        var tenant = await IntegrationCommands.TenantAsync(cli);
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var view = await work(scope.ServiceProvider.GetRequiredService<ContentKeyService>(), cli);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(view, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, format, tenant.Name, view.Key, view.Required ? "require" : "do not require"));
        return MediaCli.Success;
    }
}
