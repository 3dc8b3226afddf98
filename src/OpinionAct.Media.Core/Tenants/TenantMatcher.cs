namespace OpinionAct.Media.Tenants;

/// <summary>
/// Matches a request's host and first path segment to a tenant, in Orchard Core's order:
/// host and prefix, then host, then prefix, then an address a tenant moved away from, then the host tenant. Built once per tenant-table
/// version and immutable, so lookups are a handful of dictionary probes with no locks.
/// </summary>
public sealed class TenantMatcher
{
    private readonly Dictionary<(string Host, string Prefix), TenantDescriptor> _byHostAndPrefix = new(HostPrefixComparer.Instance);
    private readonly Dictionary<string, TenantDescriptor> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TenantDescriptor> _byPrefix = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TenantDescriptor> _byOldPrefix = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TenantDescriptor> _byOldHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly TenantDescriptor _host;
    private readonly HashSet<string> _hostTenantHosts;

    /// <param name="tenants">Every brand tenant, whatever its state: a disabled tenant must still claim its requests.</param>
    /// <param name="hostTenantHosts">Hosts of the agency console; empty means it answers any host nobody else claims.</param>
    public TenantMatcher(IEnumerable<TenantDescriptor> tenants, IReadOnlyList<string> hostTenantHosts)
    {
        _host = TenantDescriptor.Host(hostTenantHosts);
        _hostTenantHosts = new HashSet<string>(hostTenantHosts, StringComparer.OrdinalIgnoreCase);
        foreach (var tenant in tenants)
        {
            if (tenant.Hosts.Count == 0 && tenant.Prefix is not null)
            {
                _byPrefix[tenant.Prefix] = tenant;
            }

            foreach (var old in tenant.OldAddresses)
            {
                if (old.StartsWith('/'))
                {
                    _byOldPrefix[old[1..]] = tenant;
                }
                else
                {
                    _byOldHost[old] = tenant;
                }
            }

            foreach (var host in tenant.Hosts)
            {
                if (tenant.Prefix is null)
                {
                    _byHost[host] = tenant;
                }
                else
                {
                    _byHostAndPrefix[(host, tenant.Prefix)] = tenant;
                }
            }
        }
    }

    /// <summary>Finds the tenant for a request, or null when the host is claimed by nobody (answer 404).</summary>
    /// <param name="host">The request's Host header value, with or without port.</param>
    /// <param name="path">The request path, starting with '/'.</param>
    public TenantMatch? Match(string host, string path)
    {
        var segment = FirstSegment(path);
        // Made only when a table keyed by host is to be probed: a node whose hubs are all prefix tenants (the demo) then
        // matches with no allocation but the segment.
        List<string>? candidates = null;
        if (segment.Length > 0 && _byHostAndPrefix.Count > 0)
        {
            foreach (var candidate in candidates ??= CandidateHosts(host))
            {
                if (_byHostAndPrefix.TryGetValue((candidate, segment), out var tenant))
                {
                    return new TenantMatch(tenant, tenant.Prefix);
                }
            }
        }

        if (_byHost.Count > 0)
        {
            foreach (var candidate in candidates ??= CandidateHosts(host))
            {
                if (_byHost.TryGetValue(candidate, out var tenant))
                {
                    return new TenantMatch(tenant, null);
                }
            }
        }

        if (segment.Length > 0 && _byPrefix.TryGetValue(segment, out var prefixed))
        {
            return new TenantMatch(prefixed, prefixed.Prefix);
        }

        // An address a tenant moved away from, now claimed by nobody: a redirect rather than the agency's console.
        if (segment.Length > 0 && _byOldPrefix.TryGetValue(segment, out var movedFromPrefix))
        {
            return new TenantMatch(movedFromPrefix, null, TenantDescriptor.PrefixAddress(segment));
        }

        if (_byOldHost.Count > 0)
        {
            foreach (var candidate in candidates ??= CandidateHosts(host))
            {
                if (_byOldHost.TryGetValue(candidate, out var movedFromHost))
                {
                    return new TenantMatch(movedFromHost, null, candidate);
                }
            }
        }

        if (_hostTenantHosts.Count == 0 || (candidates ?? CandidateHosts(host)).Any(_hostTenantHosts.Contains))
        {
            return new TenantMatch(_host, null);
        }

        return null;
    }

    /// <summary>
    /// The keys a host can be registered under, most specific first: with port, without port,
    /// then each wildcard suffix (<c>*.example.com</c> for <c>a.example.com</c>).
    /// </summary>
    internal static List<string> CandidateHosts(string host)
    {
        var withPort = host.Trim().TrimEnd('.').ToLowerInvariant();
        var colon = withPort.LastIndexOf(':');
        var port = colon > 0 && !withPort.StartsWith('[') ? withPort[colon..] : string.Empty;
        var bare = port.Length > 0 ? withPort[..colon] : withPort;

        var result = new List<string>(6) { withPort };
        if (port.Length > 0)
        {
            result.Add(bare);
        }

        for (var dot = bare.IndexOf('.'); dot > 0; dot = bare.IndexOf('.', dot + 1))
        {
            var wildcard = "*" + bare[dot..];
            if (port.Length > 0)
            {
                result.Add(wildcard + port);
            }

            result.Add(wildcard);
        }

        return result;
    }

    private static string FirstSegment(string path)
    {
        var span = path.AsSpan().TrimStart('/');
        var end = span.IndexOf('/');
        return (end < 0 ? span : span[..end]).ToString();
    }

    private sealed class HostPrefixComparer : IEqualityComparer<(string Host, string Prefix)>
    {
        public static readonly HostPrefixComparer Instance = new();

        public bool Equals((string Host, string Prefix) x, (string Host, string Prefix) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Host, y.Host) && StringComparer.OrdinalIgnoreCase.Equals(x.Prefix, y.Prefix);

        public int GetHashCode((string Host, string Prefix) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Host), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Prefix));
    }
}
