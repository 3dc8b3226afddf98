using System.Collections.Concurrent;
using OpinionAct.Media.Search;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// This node's open search index per tenant (a Lucene writer holds a lock on its folder, so one per
/// process), with a gate that serialises catching up. Released when the tenant stops.
/// </summary>
public sealed class TenantSearchIndexes(TenantStorageLayout layout) : ITenantResourceOwner, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _entries = new(StringComparer.Ordinal);

    public SearchIndex For(string tenant) => Get(tenant).Index;

    /// <summary>Held while applying the indexing log, so two catch-ups of one tenant never interleave.</summary>
    public SemaphoreSlim GateFor(string tenant) => Get(tenant).Gate;

    public void Release(string tenant)
    {
        if (_entries.TryRemove(tenant, out var entry) && entry.IsValueCreated)
        {
            entry.Value.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var tenant in _entries.Keys.ToList())
        {
            Release(tenant);
        }
    }

    private Entry Get(string tenant) =>
        _entries.GetOrAdd(tenant, name => new Lazy<Entry>(() => new Entry(new SearchIndex(layout.IndexFolder(name))))).Value;

    private sealed class Entry(SearchIndex index) : IDisposable
    {
        public SearchIndex Index { get; } = index;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public void Dispose()
        {
            Index.Dispose();
            Gate.Dispose();
        }
    }
}
