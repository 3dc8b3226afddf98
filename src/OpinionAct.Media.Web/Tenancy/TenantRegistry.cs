using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// This node's copy of the tenant table and the matcher built from it. Refreshed when the host
/// database's change counter moves (by this process, the CLI or another node); tenants that stop
/// running have their resources released, and tenants whose content version moved are announced
/// to the content observers (the output cache). A move this node made itself after acting on the change
/// (<see cref="NoteLocalContentVersion"/>) is not announced again: a publish would otherwise empty this node's
/// page cache a second time, up to a refresh interval later, throwing away pages rendered from the new content.
/// </summary>
public sealed class TenantRegistry(
    ITenantStore store,
    IEnumerable<ITenantResourceOwner> resourceOwners,
    IEnumerable<ITenantContentObserver> contentObservers,
    IOptions<MediaOptions> options,
    ILogger<TenantRegistry> logger) : IDisposable
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly IReadOnlyList<string> _hostNames = NormalizeHostNames(options.Value.HostNames);
    private readonly LocalContentVersions _local = new();
    private Snapshot _snapshot = new(new TenantTable(-1, []), new TenantMatcher([], []));

    public TenantTable Table => _snapshot.Table;

    public TenantMatcher Matcher => _snapshot.Matcher;

    /// <summary>
    /// This node moved the tenant's content version to <paramref name="version"/> and has already told its own
    /// observers (its content change listeners ran): the next refresh does not announce that move again.
    /// </summary>
    public void NoteLocalContentVersion(string tenant, long version) => _local.Note(tenant, version);

    /// <summary>Reloads the table if the host database has changed since the last load.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var current = _snapshot;
            var version = await store.GetVersionAsync(cancellationToken);
            if (version == current.Table.Version)
            {
                return;
            }

            var table = await store.LoadAsync(cancellationToken);
            _snapshot = new Snapshot(table, new TenantMatcher(table.Tenants, _hostNames));

            // Only a tenant whose state moved away from Running (or that is gone) is released: one still
            // being set up keeps the resources its recipe is using, and a disabled one is released once.
            var states = table.Tenants.ToDictionary(t => t.Name, t => t.State, StringComparer.Ordinal);
            foreach (var stopped in current.Table.Tenants.Where(t => !states.TryGetValue(t.Name, out var state) || (state != t.State && state != TenantState.Running)))
            {
                foreach (var owner in resourceOwners)
                {
                    owner.Release(stopped.Name);
                }

                _local.Forget(stopped.Name);

                logger.TenantReleased(stopped.Name);
            }

            var before = current.Table.Tenants.ToDictionary(t => t.Name, t => t.ContentVersion, StringComparer.Ordinal);
            foreach (var changed in table.Tenants.Where(t => before.TryGetValue(t.Name, out var version) && version != t.ContentVersion))
            {
                if (_local.MadeAllOf(changed.Name, before[changed.Name], changed.ContentVersion))
                {
                    continue;
                }

                foreach (var observer in contentObservers)
                {
                    await observer.OnTenantContentChangedAsync(changed.Name, cancellationToken);
                }
            }

            logger.TenantTableReloaded(table.Version, table.Tenants.Count);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private static List<string> NormalizeHostNames(IEnumerable<string> hosts) =>
        hosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => TenantNaming.NormalizeHost(h, out _)).ToList();

    private sealed record Snapshot(TenantTable Table, TenantMatcher Matcher);
}
