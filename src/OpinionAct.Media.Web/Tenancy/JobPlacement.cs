namespace OpinionAct.Media.Web.Tenancy;

/// <summary>Where a <see cref="ITenantJob"/> runs when several nodes share one database (docs/scale-out.md#background-work).</summary>
public enum JobPlacement
{
    /// <summary>On the one node holding the job lease: running it on two nodes at once would be wrong or wasted.</summary>
    Leader,

    /// <summary>On every node: the work is shared out row by row (the newsletter send queue's <c>SKIP LOCKED</c> leases).</summary>
    EveryNode,
}
