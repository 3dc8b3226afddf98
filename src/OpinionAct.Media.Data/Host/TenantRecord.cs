namespace OpinionAct.Media.Data.Host;

/// <summary>A row of the host database's tenant table.</summary>
public sealed class TenantRecord
{
    public required string Name { get; set; }

    public required string DisplayName { get; set; }

    public int State { get; set; }

    public string? Prefix { get; set; }

    public string? Theme { get; set; }

    public string? Recipe { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Bumped whenever the tenant's public content changes, so every node can evict its cached pages.</summary>
    public long ContentVersion { get; set; }

    /// <summary>
    /// When background work (a scheduled article or issue, a sending issue, a confirmation sweep, a purge) is next due
    /// for this tenant, whole seconds, UTC; null when none is known. The schedulers' due-time index, shared by every node
    /// and the CLI.
    /// </summary>
    public DateTime? NextWorkUtc { get; set; }

    public List<TenantHostRecord> Hosts { get; set; } = [];

    /// <summary>Addresses the tenant moved away from that still redirect to it (see <see cref="TenantOldAddressRecord"/>).</summary>
    public List<TenantOldAddressRecord> OldAddresses { get; set; } = [];
}
