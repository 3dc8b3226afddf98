using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// The scheduler on a cluster member: leader jobs start only under the job lease, and each run is recorded. A leader
/// job that comes due while this node does not lead is parked (not dropped): when this node takes the lease, every
/// parked entry is due again at once, so work that came due while no node led runs then (once: only the leader
/// starts it). A lone node has no lease (<see cref="JobLeases.Required"/> false) and never parks.
/// </summary>
public sealed partial class TenantWorkScheduler
{
    private readonly Dictionary<(string Tenant, string Kind), DateTimeOffset> _parked = [];
    private bool _listening;

    /// <summary>Leader-job entries waiting for this node to take the lease (for tests).</summary>
    public int ParkedCount
    {
        get
        {
            lock (_lock)
            {
                return _parked.Count;
            }
        }
    }

    private void ListenForLease()
    {
        if (_listening || leases is not { Required: true })
        {
            return;
        }

        _listening = true;
        leases.Taken += ReleaseParked;

        // Taken before this subscription: nothing was parked yet, so nothing is missed.
    }

    private bool MayStart(ITenantJob job, out CancellationToken term)
    {
        term = CancellationToken.None;
        return job.Placement == JobPlacement.EveryNode || leases is null || leases.TryLead(out term);
    }

    private bool LeadsEveryKind() => leases is null || leases.IsLeading;

    private void Park(string tenant, string kind, DateTimeOffset due)
    {
        lock (_lock)
        {
            // The earliest wins, as in the index; the time only orders the runs once released.
            if (!_parked.TryGetValue((tenant, kind), out var at) || due < at)
            {
                _parked[(tenant, kind)] = due;
            }
        }
    }

    private void ForgetParked(string tenant)
    {
        lock (_lock)
        {
            foreach (var key in _parked.Keys.Where(k => k.Tenant == tenant).ToList())
            {
                _parked.Remove(key);
            }
        }
    }

    // On the keeper's loop: the parked entries go back into the index, due at their parked (past) time.
    private void ReleaseParked()
    {
        List<KeyValuePair<(string Tenant, string Kind), DateTimeOffset>> parked;
        lock (_lock)
        {
            parked = [.. _parked];
            _parked.Clear();
        }

        if (parked.Count > 0)
        {
            logger.ParkedJobsReleased(leases!.NodeName, parked.Count);
        }

        foreach (var ((tenant, kind), at) in parked)
        {
            index.Schedule(tenant, kind, at);
        }

        index.Wake();
    }

    private async Task<long?> RecordStartAsync(ITenantJob job, OpinionAct.Media.Tenants.TenantDescriptor tenant, CancellationToken cancellationToken) =>
        leases is not null && job.Placement == JobPlacement.Leader ? await leases.RunStartingAsync(job.Kind, tenant.Name, cancellationToken) : null;

    private async Task RecordFinishAsync(long? record, string outcome)
    {
        if (leases is not null)
        {
            await leases.RunFinishedAsync(record, outcome);
        }
    }
}
