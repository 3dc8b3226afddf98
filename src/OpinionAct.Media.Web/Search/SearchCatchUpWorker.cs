using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Keeps this node's indexes current without waiting for a search. At start it builds, from the database, the index
/// of every running tenant that has none in this node's data folder (a new node), and the node reports ready only
/// then. Afterwards it catches a tenant's index up as soon as the tenant table says its content changed (on any node
/// or from the CLI), and builds the index of a tenant that starts running here without one (created on another node).
/// Indexes already on disk are left to open on first use, as before: a node with a thousand hubs does not open a
/// thousand indexes to start.
/// </summary>
internal sealed class SearchCatchUpWorker(
    IServiceProvider services,
    TenantRegistry registry,
    TenantActivator activator,
    TenantStorageLayout layout,
    SearchCatchUp state,
    IOptions<MediaOptions> options,
    ILogger<SearchCatchUpWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private readonly string _node = NodeNames.Resolve(options.Value.NodeName);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _retry = new(StringComparer.Ordinal);
    private TenantTable? _table;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Never hold up the host's start: this runs beside it.
        await Task.Yield();
        try
        {
            await StartPassAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await WaitForWorkAsync(stoppingToken);
                await CatchUpAsync(Pending(), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task StartPassAsync(CancellationToken stoppingToken)
    {
        // The start-up refresh normally loaded the table already; a node whose database was away retries here.
        while (registry.Table.Version < 0)
        {
            await Task.Delay(Tick, stoppingToken);
        }

        _table = registry.Table;
        var running = Running(_table).ToList();
        _seen.UnionWith(running);
        var missing = running.Where(t => !HasIndex(t)).ToList();
        if (missing.Count > 0)
        {
            state.Building(missing);
            logger.IndexesBuilding(_node, missing.Count);
        }

        // Until every missing index is built: a tenant that failed (its database briefly away) is tried again.
        var left = missing;
        while (left.Count > 0)
        {
            left = await CatchUpAsync(left, stoppingToken);
            foreach (var gone in left.Where(t => !Running(registry.Table).Contains(t)).ToList())
            {
                state.Built(gone);
                left.Remove(gone);
            }

            if (left.Count > 0)
            {
                await Task.Delay(Tick, stoppingToken);
            }
        }

        state.StartPassDone();
        logger.IndexesReady(_node, missing.Count);
    }

    /// <summary>Waits for a content change, or a tick (new tenants in the table, retries).</summary>
    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        tick.CancelAfter(Tick);
        try
        {
            await state.Changed.WaitToReadAsync(tick.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // A tick with nothing announced.
        }
    }

    /// <summary>Tenants announced as changed, tenants that started running here without an index, and earlier failures.</summary>
    private HashSet<string> Pending()
    {
        var pending = new HashSet<string>(_retry, StringComparer.Ordinal);
        _retry.Clear();
        while (state.Changed.TryRead(out var tenant))
        {
            pending.Add(tenant);
        }

        var table = registry.Table;
        if (!ReferenceEquals(table, _table))
        {
            _table = table;
            var running = Running(table).ToHashSet(StringComparer.Ordinal);
            foreach (var tenant in running.Where(t => _seen.Add(t) && !HasIndex(t)))
            {
                pending.Add(tenant);
            }

            // A tenant stopped and started again is looked at afresh.
            _seen.IntersectWith(running);
            pending.IntersectWith(running);
        }

        return pending;
    }

    /// <summary>Catches each tenant up in turn (two cores are shared with requests); returns those that failed.</summary>
    private async Task<List<string>> CatchUpAsync(IEnumerable<string> tenants, CancellationToken stoppingToken)
    {
        var failed = new List<string>();
        foreach (var name in tenants)
        {
            if (registry.Table.Find(name) is not { State: TenantState.Running } tenant)
            {
                state.Built(name);
                continue;
            }

            var fresh = !HasIndex(name);
            var watch = Stopwatch.StartNew();
            try
            {
                await activator.EnsureActivatedAsync(name);
                await using var scope = services.CreateTenantScope(tenant);

                // A hub that never had an article needs no index: leave it unopened (a writer costs memory per hub).
                if (fresh && await scope.ServiceProvider.GetRequiredService<SearchIndexStore>().LatestAsync(stoppingToken) == 0)
                {
                    state.Built(name);
                    continue;
                }

                await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(always: true, stoppingToken);
                if (fresh)
                {
                    var documents = services.GetRequiredService<TenantSearchIndexes>().For(name).Count(includeUnpublished: true);
                    logger.IndexBuilt(_node, name, documents, watch.ElapsedMilliseconds);
                }

                state.Built(name);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.CatchUpFailed(ex, _node, name);
                failed.Add(name);
            }
        }

        _retry.UnionWith(failed);
        return failed;
    }

    private static IEnumerable<string> Running(TenantTable table) =>
        table.Tenants.Where(t => t.State == TenantState.Running && !t.IsHost).Select(t => t.Name);

    /// <summary>Whether this node's data folder holds a Lucene index of the tenant (a commit point), without opening it.</summary>
    private bool HasIndex(string tenant)
    {
        var folder = layout.IndexFolder(tenant);
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "segments_*").Any();
    }
}
