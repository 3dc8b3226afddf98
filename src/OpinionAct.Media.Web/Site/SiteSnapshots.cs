using System.Collections.Concurrent;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// Each hub's <see cref="SiteSnapshot"/>, read from its database once and then shared by its public pages until its
/// content changes: three queries of every page (settings, topics, newsletters) were a fifth of an article's cost and
/// change far less often than readers come (issue 15's profile). A snapshot is dropped exactly when the hub's cached
/// pages are: on a change committed on this node (<see cref="IContentChangeListener"/>) and on a change another node or
/// the CLI made, seen when the tenant table's content version moves (<see cref="ITenantContentObserver"/>). A stopped or
/// removed hub's snapshot is released.
/// </summary>
public sealed class SiteSnapshots : IContentChangeListener, ITenantContentObserver, ITenantResourceOwner
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _changes = new(StringComparer.Ordinal);
    private int _loads;

    /// <summary>How many snapshots were read from a database (tests count reloads with it).</summary>
    internal int Loads => Volatile.Read(ref _loads);

    public async ValueTask<SiteSnapshot> GetAsync(string tenant, SiteStore store, CancellationToken cancellationToken)
    {
        // Read the change count before the database: a change committed during the read leaves this entry stale.
        var changes = _changes.GetValueOrDefault(tenant);
        if (_entries.TryGetValue(tenant, out var entry) && entry.Changes == changes)
        {
            return entry.Snapshot;
        }

        var snapshot = new SiteSnapshot(
            await store.SettingsAsync(cancellationToken),
            await store.TopicsAsync(cancellationToken),
            await store.NewslettersAsync(cancellationToken));
        Interlocked.Increment(ref _loads);
        _entries[tenant] = new Entry(changes, snapshot);
        return snapshot;
    }

    public Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        _changes.AddOrUpdate(tenant, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task OnTenantContentChangedAsync(string tenant, CancellationToken cancellationToken) =>
        OnContentChangedAsync(tenant, cancellationToken);

    public void Release(string tenant)
    {
        OnContentChangedAsync(tenant, CancellationToken.None);
        _entries.TryRemove(tenant, out _);
    }

    private sealed record Entry(long Changes, SiteSnapshot Snapshot);
}
