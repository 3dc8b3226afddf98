using System.Collections.Concurrent;

namespace OpinionAct.Media.Data;

/// <summary>
/// Which tenants keep their database resources open on this node: on SQLite, their pooled connections; on both
/// providers, their pooled contexts (see <see cref="MediaDatabase.CreateTenantContext"/>). A pooled SQLite connection holds the parsed
/// schema of its database (about 200 KB for a tenant's 170 tables and indexes) and a cache of the pages it read (up to
/// the whole file of a small hub), so a node that touched a thousand hubs held hundreds of MB in connections nobody was
/// using. At most <c>capacity</c> tenants, the most recently used, stay warm; the least recently used beyond that are
/// cooled (<paramref name="close"/>), and their next request opens a connection and creates a context again (a
/// fraction of a millisecond, plus reading the schema). A connection in use when its pool is closed finishes its work
/// first.
/// </summary>
public sealed class WarmTenants(int capacity, Action<string> close)
{
    private readonly ConcurrentDictionary<string, long> _lastUse = new(StringComparer.Ordinal);
    private long _clock;
    private int _count;
    private int _trimming;

    /// <summary>How many tenants are warm now (approximate while others touch tenants).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Records a use of the tenant's database; closes the coldest pools once too many tenants are warm.</summary>
    public void Touch(string tenant)
    {
        var stamp = Interlocked.Increment(ref _clock);
        if (_lastUse.TryGetValue(tenant, out var last) && _lastUse.TryUpdate(tenant, stamp, last))
        {
            return;
        }

        // A concurrent add of the same tenant fails here harmlessly: it is warm either way.
        if (_lastUse.TryAdd(tenant, stamp) && Interlocked.Increment(ref _count) > capacity + Slack)
        {
            Trim();
        }
    }

    /// <summary>Forgets a tenant whose pool was closed for another reason (removed, moved, restored).</summary>
    public void Forget(string tenant)
    {
        if (_lastUse.TryRemove(tenant, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    // Trimming sorts every warm tenant, so it runs once per quarter of the capacity in new tenants, not on every one.
    private int Slack => Math.Max(1, capacity / 4);

    private void Trim()
    {
        if (Interlocked.CompareExchange(ref _trimming, 1, 0) != 0)
        {
            return;
        }

        try
        {
            var coldest = _lastUse.ToArray().OrderByDescending(entry => entry.Value).Skip(capacity);
            foreach (var entry in coldest)
            {
                // Removed only if not used since the snapshot: a tenant touched meanwhile stays warm.
                if (_lastUse.TryRemove(entry))
                {
                    Interlocked.Decrement(ref _count);
                    close(entry.Key);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _trimming, 0);
        }
    }
}
