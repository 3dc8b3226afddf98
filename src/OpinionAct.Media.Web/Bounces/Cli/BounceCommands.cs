using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Bounces.Cli;

/// <summary><c>bounces check</c>: one pass over a tenant's bounce mailbox, now, with its summary.</summary>
internal static class BounceCommands
{
    public static async Task<int> CheckAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var tenant = await cli.TenantAsync();
        var json = args.Flag("json");
        args.RejectUnknownOptions();
        await cli.Get<TenantActivator>().EnsureActivatedAsync(tenant.Name);

        var summary = await cli.Get<BounceMailbox>().RunAsync(tenant, afterBatch: null, CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(summary, MediaCli.Json));
        }
        else
        {
            await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Bounce mailbox of '{tenant.Name}': {summary.Fetched} fetched, {summary.Hard} hard, {summary.Soft} soft, {summary.Complaints} complaint(s), {summary.Unmatched} unmatched, {summary.Ignored} ignored, {summary.Refused} refused (VERP token not ours), {summary.Malformed} malformed, {summary.Processed} moved or deleted."));
        }

        if (summary.Error is not null)
        {
            await cli.Error.WriteLineAsync(summary.Error);
            return MediaCli.Failure;
        }

        return MediaCli.Success;
    }
}
