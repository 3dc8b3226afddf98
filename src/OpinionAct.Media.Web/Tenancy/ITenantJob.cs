using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// One kind of background work done per tenant (publishing scheduled articles, sending newsletters, sweeping
/// confirmations, purging analytics, waking webhook deliveries). <see cref="TenantWorkScheduler"/> runs it only when
/// it is due for a tenant, never two at once for the same tenant and kind.
/// </summary>
public interface ITenantJob
{
    /// <summary>A short stable name, unique among jobs (used as the due-time index's key and in logs).</summary>
    string Kind { get; }

    /// <summary>
    /// Does the work that is due for <paramref name="tenant"/> and answers when this job is next due for it
    /// (null: not until someone schedules it).
    /// </summary>
    Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken);

    /// <summary>
    /// False on a node configured not to do this work (a web node with newsletter sending off): the scheduler drops its
    /// entries and, since it cannot tell when such work is next due, never writes a later next-work time back to the
    /// tenant table, so the nodes that do the work still see it.
    /// </summary>
    bool Enabled => true;

    /// <summary>
    /// On a cluster member, whether only the node holding the job lease runs this job (the default: a double run would
    /// be wrong or wasted) or every node does (work shared out row by row). A lone node runs every job either way.
    /// </summary>
    JobPlacement Placement => JobPlacement.Leader;

    /// <summary>
    /// When this job is first due for a running tenant the scheduler knows nothing about (no next-work time in the
    /// tenant table): null for work that is always scheduled by the code creating it; a time for a routine chore.
    /// </summary>
    DateTimeOffset? FirstDue(TenantDescriptor tenant, DateTimeOffset now) => null;
}
