using System.Collections.Concurrent;
using System.Threading.Channels;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// What this node's background catch-up knows: which tenants' content changed (told by the tenant table, for changes
/// made anywhere) and, while the node starts, which tenants' indexes are still being built from the database. The
/// readiness check reads the latter: a node started on an empty data folder is not ready until every running tenant
/// can be searched.
/// </summary>
public sealed class SearchCatchUp : ITenantContentObserver
{
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _building = new(StringComparer.Ordinal);
    private volatile bool _started;

    /// <summary>True once the start pass has built every index that was missing when the node started.</summary>
    public bool Started => _started;

    /// <summary>The tenants whose indexes are still being built by the start pass, by name.</summary>
    public IReadOnlyList<string> CatchingUp => _building.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Content changed somewhere: the worker catches the tenant's index up without waiting for a search.</summary>
    public Task OnTenantContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        _changed.Writer.TryWrite(tenant);
        return Task.CompletedTask;
    }

    internal ChannelReader<string> Changed => _changed.Reader;

    internal void Building(IEnumerable<string> tenants)
    {
        foreach (var tenant in tenants)
        {
            _building[tenant] = 0;
        }
    }

    internal void Built(string tenant) => _building.TryRemove(tenant, out _);

    internal void StartPassDone() => _started = true;
}
