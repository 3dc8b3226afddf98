namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// The content versions this node wrote itself, per tenant, until the registry's next refresh has seen them. A move
/// of the tenant table's content version is this node's alone only when every step of it is here: one made by another
/// node or the CLI in between still has to be announced.
/// </summary>
internal sealed class LocalContentVersions
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<long>> _versions = new(StringComparer.Ordinal);

    public void Note(string tenant, long version)
    {
        lock (_gate)
        {
            if (!_versions.TryGetValue(tenant, out var versions))
            {
                _versions[tenant] = versions = [];
            }

            versions.Add(version);
        }
    }

    /// <summary>True when every version after <paramref name="from"/> up to <paramref name="to"/> was written here; forgets them either way.</summary>
    public bool MadeAllOf(string tenant, long from, long to)
    {
        lock (_gate)
        {
            if (!_versions.TryGetValue(tenant, out var versions))
            {
                return false;
            }

            var all = to > from;
            for (var version = from + 1; all && version <= to; version++)
            {
                all = versions.Contains(version);
            }

            versions.RemoveWhere(v => v <= to);
            if (versions.Count == 0)
            {
                _versions.Remove(tenant);
            }

            return all;
        }
    }

    public void Forget(string tenant)
    {
        lock (_gate)
        {
            _versions.Remove(tenant);
        }
    }
}
