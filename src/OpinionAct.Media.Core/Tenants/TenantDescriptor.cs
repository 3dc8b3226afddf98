namespace OpinionAct.Media.Tenants;

/// <summary>What the host knows about one tenant: identity, routing and state.</summary>
public sealed record TenantDescriptor
{
    /// <summary>The host tenant's name; it serves the agency console and has no row of its own.</summary>
    public const string HostName = "Default";

    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public TenantState State { get; init; }

    /// <summary>Normalised request hosts (lowercase, optional port, optional leading <c>*.</c> wildcard).</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>First path segment that selects this tenant, without slashes; null when routed by host only.</summary>
    public string? Prefix { get; init; }

    public string? Theme { get; init; }

    /// <summary>
    /// Addresses the tenant moved away from and still answers with a 301 to its current one: <c>/prefix</c> for an old
    /// URL prefix, a host name for an old host.
    /// </summary>
    public IReadOnlyList<string> OldAddresses { get; init; } = [];

    public string? Recipe { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset UpdatedUtc { get; init; }

    /// <summary>Moves whenever the tenant's public content changes anywhere (another node, the CLI).</summary>
    public long ContentVersion { get; init; }

    /// <summary>When background work is next due for this tenant (anywhere: this node, another, the CLI); null when none is known.</summary>
    public DateTimeOffset? NextWorkUtc { get; init; }

    public bool IsHost => string.Equals(Name, HostName, StringComparison.Ordinal);

    /// <summary>How an URL prefix is spelt among <see cref="OldAddresses"/> and <see cref="Addresses"/>: <c>/prefix</c>.</summary>
    public static string PrefixAddress(string prefix) => "/" + prefix;

    /// <summary>The first host that names one site, not a wildcard: where readers reach a host tenant; null when none.</summary>
    public string? ConcreteHost() => Hosts.FirstOrDefault(h => !h.StartsWith("*.", StringComparison.Ordinal));

    /// <summary>The addresses the tenant answers at, spelt as <see cref="OldAddresses"/> are: each host, and its prefix.</summary>
    public IEnumerable<string> Addresses() => Prefix is null ? Hosts : Hosts.Append(PrefixAddress(Prefix));

    /// <summary>A stand-in for the host tenant, matched when no brand tenant claims a request.</summary>
    public static TenantDescriptor Host(IReadOnlyList<string> hosts) => new()
    {
        Name = HostName,
        DisplayName = "Agency console",
        State = TenantState.Running,
        Hosts = hosts,
    };
}
