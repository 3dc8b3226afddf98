using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// The due-time index of background work: per tenant and job kind, when it is next due on this node. The code that
/// creates work (scheduling an article or an issue, queueing an issue, a signup's confirmation) records it here;
/// <see cref="TenantWorkScheduler"/> wakes only for entries that are due, so idle tenants cost nothing. What other nodes
/// and the CLI must see goes to the tenant table's next-work time too (<see cref="ITenantStore.ScheduleWorkAsync"/>),
/// which every node reads on its next refresh and which survives a restart.
/// </summary>
public sealed class TenantDueIndex(ITenantStore store, TimeProvider clock) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Tenant, string Kind), DateTimeOffset> _due = [];
    private readonly PriorityQueue<(string Tenant, string Kind), DateTimeOffset> _queue = new();
    private readonly Dictionary<string, DateTimeOffset> _persistPending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset?> _persisted = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Records in memory that <paramref name="kind"/> is due for <paramref name="tenant"/> at <paramref name="due"/> (the earlier time wins).</summary>
    public void Schedule(string tenant, string kind, DateTimeOffset due)
    {
        lock (_lock)
        {
            var key = (tenant, kind);
            if (_due.TryGetValue(key, out var at) && at <= due)
            {
                return;
            }

            _due[key] = due;
            _queue.Enqueue(key, due);
        }

        Wake();
    }

    /// <summary>
    /// Records work in memory and, later, in the tenant table (written by the running scheduler within about a second),
    /// for callers that cannot wait (a signup's confirmation).
    /// </summary>
    public void ScheduleDurably(string tenant, string kind, DateTimeOffset due)
    {
        Schedule(tenant, kind, due);
        lock (_lock)
        {
            if (NeedsPersist(tenant, due) && (!_persistPending.TryGetValue(tenant, out var pending) || due < pending))
            {
                _persistPending[tenant] = due;
            }
        }
    }

    /// <summary>Records work in memory and in the tenant table before returning, so other nodes and a restart see it (the CLI uses this path too).</summary>
    public async Task ScheduleAsync(string tenant, string kind, DateTimeOffset due, CancellationToken cancellationToken)
    {
        Schedule(tenant, kind, due);
        bool needed;
        lock (_lock)
        {
            needed = NeedsPersist(tenant, due);
        }

        if (needed)
        {
            await store.ScheduleWorkAsync(tenant, due, cancellationToken);
            Persisted(tenant, due, lowerOnly: true);
        }
    }

    /// <summary>When <paramref name="kind"/> is next due for <paramref name="tenant"/> on this node, or null.</summary>
    public DateTimeOffset? DueAt(string tenant, string kind)
    {
        lock (_lock)
        {
            return _due.TryGetValue((tenant, kind), out var at) ? at : null;
        }
    }

    /// <summary>The earliest due entry of <paramref name="tenant"/>, or null.</summary>
    public DateTimeOffset? EarliestFor(string tenant)
    {
        lock (_lock)
        {
            DateTimeOffset? earliest = null;
            foreach (var ((name, _), at) in _due)
            {
                if (name == tenant && (earliest is null || at < earliest))
                {
                    earliest = at;
                }
            }

            return earliest;
        }
    }

    /// <summary>The earliest due time of any entry, or null when nothing is scheduled.</summary>
    public DateTimeOffset? NextDue()
    {
        lock (_lock)
        {
            while (_queue.TryPeek(out var key, out var at))
            {
                if (_due.TryGetValue(key, out var current) && current == at)
                {
                    return at;
                }

                _queue.Dequeue();
            }

            return null;
        }
    }

    /// <summary>Removes and returns the entries due at <paramref name="now"/>, except those <paramref name="busy"/> says are running (they stay).</summary>
    public List<(string Tenant, string Kind)> TakeDue(DateTimeOffset now, Func<(string Tenant, string Kind), bool> busy)
    {
        var taken = new List<(string Tenant, string Kind)>();
        var kept = new List<((string Tenant, string Kind) Key, DateTimeOffset At)>();
        lock (_lock)
        {
            while (_queue.TryPeek(out var key, out var at) && at <= now)
            {
                _queue.Dequeue();
                if (!_due.TryGetValue(key, out var current) || current != at)
                {
                    continue;
                }

                if (busy(key))
                {
                    kept.Add((key, at));
                    continue;
                }

                _due.Remove(key);
                taken.Add(key);
            }

            foreach (var (key, at) in kept)
            {
                // Still due: looked at again when the running pass ends (it wakes the scheduler).
                _queue.Enqueue(key, at.AddTicks(1));
                _due[key] = at.AddTicks(1);
            }
        }

        return taken;
    }

    /// <summary>Forgets every entry of a tenant that stopped running.</summary>
    public void Forget(string tenant)
    {
        lock (_lock)
        {
            foreach (var key in _due.Keys.Where(k => k.Tenant == tenant).ToList())
            {
                _due.Remove(key);
            }

            _persisted.Remove(tenant);
            _persistPending.Remove(tenant);
        }
    }

    /// <summary>What this node last knew of the tenant table's next-work time for <paramref name="tenant"/>.</summary>
    public bool TryGetPersisted(string tenant, out DateTimeOffset? at)
    {
        lock (_lock)
        {
            return _persisted.TryGetValue(tenant, out at);
        }
    }

    /// <summary>Notes what the tenant table says (or what this node wrote there).</summary>
    public void Persisted(string tenant, DateTimeOffset? at, bool lowerOnly = false)
    {
        lock (_lock)
        {
            if (lowerOnly && _persisted.TryGetValue(tenant, out var known) && known is { } k && at is { } a && k <= a)
            {
                return;
            }

            _persisted[tenant] = at;
        }
    }

    /// <summary>Takes the tenant-table writes <see cref="ScheduleDurably"/> deferred.</summary>
    public List<(string Tenant, DateTimeOffset Due)> TakePendingPersists()
    {
        lock (_lock)
        {
            var pending = _persistPending.Select(p => (p.Key, p.Value)).ToList();
            _persistPending.Clear();
            return pending;
        }
    }

    /// <summary>Waits until work is scheduled or <paramref name="timeout"/> passes (on the injected clock).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, linked.Token);
        var wake = _wake.WaitAsync(linked.Token);
        await Task.WhenAny(delay, wake);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Wakes the scheduler's wait (new work, a pass ended).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    public void Dispose() => _wake.Dispose();

    // Persisting is needed unless the tenant table already holds this time or an earlier one.
    private bool NeedsPersist(string tenant, DateTimeOffset due) =>
        !_persisted.TryGetValue(tenant, out var known) || known is not { } k || k > due;
}
