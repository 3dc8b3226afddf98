using System.Collections.Concurrent;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// Whether a file of this node's media cache may be served without asking the tenant's database. On a lone node,
/// always: every change to an item drops its cached files on the node that made it, and lone nodes sharing a data
/// folder share the cache. On a cluster member, an item deleted or replaced through another node leaves this node's
/// copies behind, so a cached file is trusted only while the tenant's content version (which every change bumps and
/// every node polls, or hears through Redis) has not moved since the item was last checked in the database. After a
/// change each cached item costs one query on its next request; in between, hits stay database-free.
/// </summary>
internal sealed class SharedMediaCacheCheck(ClusterMode cluster)
{
    /// <summary>Entries kept before starting over: a bound on memory, at the price of one query per item afterwards.</summary>
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, long> _checkedAt = new(StringComparer.Ordinal);

    public bool Trusted(TenantDescriptor tenant, string path) =>
        !cluster.IsMember || (_checkedAt.TryGetValue(path, out var version) && version == tenant.ContentVersion);

    /// <summary>Records that the database confirmed the file at the tenant's current content version.</summary>
    public void Confirmed(TenantDescriptor tenant, string path)
    {
        if (!cluster.IsMember)
        {
            return;
        }

        if (_checkedAt.Count >= MaxEntries)
        {
            _checkedAt.Clear();
        }

        _checkedAt[path] = tenant.ContentVersion;
    }
}
