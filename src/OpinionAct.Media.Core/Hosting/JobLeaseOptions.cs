namespace OpinionAct.Media.Hosting;

/// <summary>
/// <c>Media:Leases</c>: how a cluster member takes and keeps the lease under which it leads background work
/// (docs/scale-out.md#background-work). A lone node has no lease and ignores these.
/// </summary>
public sealed class JobLeaseOptions
{
    public const string SectionName = "Media:Leases";

    /// <summary>
    /// How often a node without the lease tries to take it, and how often the leader checks it still holds it. The
    /// takeover after a leader dies is at most about this long (PostgreSQL frees the lock as the session ends).
    /// </summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long background-run records are kept (each leader run of each tenant is one row).</summary>
    public TimeSpan RunRetention { get; set; } = TimeSpan.FromDays(1);
}
