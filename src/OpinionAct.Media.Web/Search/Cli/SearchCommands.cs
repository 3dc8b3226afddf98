using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.Web.Search.Cli;

/// <summary><c>search rebuild | queries</c>.</summary>
internal static class SearchCommands
{
    /// <summary>
    /// Queues a rebuild in the indexing log. The CLI never opens an index itself: a running node may
    /// hold it, and Lucene's lock does not stop a second process on every platform.
    /// </summary>
    public static async Task<int> RebuildAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RequestRebuildAsync(CancellationToken.None);
        await cli.Out.WriteLineAsync($"Rebuild of the search index of '{tenant.Name}' queued: every node rebuilds its index from the database before its next search.");
        return MediaCli.Success;
    }

    public static async Task<int> QueriesAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var tenant = await cli.TenantAsync();
        var daysText = args.Option("days") ?? "30";
        var zeroOnly = args.Flag("zero-results");
        var json = args.Flag("json");
        args.RejectUnknownOptions();
        if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 3650)
        {
            throw new CliUsageException($"--days must be a whole number of days between 1 and 3650, not '{daysText}'.");
        }

        await using var scope = cli.Services.CreateTenantScope(tenant);
        var since = cli.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-days);
        var stats = await scope.ServiceProvider.GetRequiredService<SearchQueryStore>().TopAsync(since, zeroOnly, 100, CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(stats, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"{(zeroOnly ? "Zero-result queries" : "Top queries")} of '{tenant.Name}', last {days} day(s):");
        await cli.Out.WriteLineAsync($"{"SEARCHES",8} {"ZERO",5} {"CLICKS",6} {"RESULTS",7}  QUERY");
        foreach (var row in stats)
        {
            await cli.Out.WriteLineAsync($"{row.Searches,8} {row.ZeroResults,5} {row.Clicks,6} {row.MaxResults,7}  {row.Query}");
        }

        return MediaCli.Success;
    }
}
