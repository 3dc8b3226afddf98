using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// The one background scheduler of per-tenant work on a web node. It sleeps until the earliest entry of
/// <see cref="TenantDueIndex"/> is due (or new work is recorded), then runs only the due jobs, each for its tenant, and
/// records when each is next due; a tenant with nothing due is never touched. Work created elsewhere (the CLI, another
/// node) reaches it through the tenant table's next-work time, read on every table refresh
/// (<see cref="MediaOptions.TenantRefreshInterval"/>, 1 s). A job's failure is retried a minute later.
/// On a cluster member, leader jobs run only while this node holds the job lease (<see cref="JobLeases"/>); those that
/// come due meanwhile are parked and start when the node takes the lease (TenantWorkScheduler.Leases.cs).
/// </summary>
public sealed partial class TenantWorkScheduler(
    IEnumerable<ITenantJob> jobs,
    TenantDueIndex index,
    TenantRegistry registry,
    ITenantStore store,
    TimeProvider clock,
    IOptions<MediaOptions> options,
    ILogger<TenantWorkScheduler> logger,
    JobLeases? leases = null) : BackgroundService
{
    /// <summary>Jobs running at once on this node; the rest wait for a slot.</summary>
    public const int MaxConcurrentRuns = 16;

    /// <summary>How long a failed job waits before it is tried again.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, ITenantJob> _jobs = jobs.ToDictionary(j => j.Kind, StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Tenant, string Kind), Task> _running = [];
    private readonly SemaphoreSlim _slots = new(MaxConcurrentRuns);
    private Dictionary<string, TenantDescriptor> _tenants = new(StringComparer.Ordinal);
    private TenantTable? _seen;

    /// <summary>The job kinds, for tests and docs.</summary>
    public IReadOnlyCollection<string> Kinds => _jobs.Keys;

    /// <summary>
    /// Reads the tenant table (if it changed), starts every job that is due now and waits for them; public so tests
    /// can drive the scheduler with a fake clock. The background loop starts the same runs without waiting.
    /// </summary>
    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        await FlushPersistsAsync(cancellationToken);
        await Task.WhenAll(StartDue(cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var refresh = options.Value.TenantRefreshInterval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await FlushPersistsAsync(stoppingToken);
                StartDue(stoppingToken);

                // Sleep until the earliest due entry, but look at the tenant table again after one refresh interval.
                var wait = refresh;
                if (index.NextDue() is { } next && next - clock.GetUtcNow() < wait)
                {
                    wait = next - clock.GetUtcNow();
                }

                await index.WaitAsync(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: wait below for the runs to settle what they started (a newsletter pass records its messages).
        }

        Task[] running;
        lock (_lock)
        {
            running = [.. _running.Values];
        }

        await Task.WhenAll(running);
    }

    public override void Dispose()
    {
        if (leases is not null)
        {
            leases.Taken -= ReleaseParked;
        }

        _slots.Dispose();
        base.Dispose();
    }

    /// <summary>Starts the due runs; returns their tasks.</summary>
    private List<Task> StartDue(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        ListenForLease();
        Observe(registry.Table, now);
        var started = new List<Task>();
        var parked = false;
        foreach (var (name, kind) in index.TakeDue(now, IsRunning))
        {
            if (!_tenants.TryGetValue(name, out var tenant) || !_jobs.TryGetValue(kind, out var job) || !job.Enabled)
            {
                continue;
            }

            if (!MayStart(job, out var term))
            {
                Park(name, kind, now);
                parked = true;
                continue;
            }

            lock (_lock)
            {
                var run = RunAsync(tenant, job, term, cancellationToken);
                _running[(name, kind)] = run;
                started.Add(run);
            }
        }

        // The lease may have been taken between a check above and its parking, after the release of parked work ran.
        if (parked && leases is { IsLeading: true })
        {
            ReleaseParked();
        }

        return started;
    }

    private bool IsRunning((string Tenant, string Kind) key)
    {
        lock (_lock)
        {
            return _running.ContainsKey(key);
        }
    }

    private async Task RunAsync(TenantDescriptor tenant, ITenantJob job, CancellationToken term, CancellationToken stopping)
    {
        await Task.Yield();
        var ranAt = clock.GetUtcNow();
        DateTimeOffset? next = null;
        var cancelled = false;
        long? record = null;
        var outcome = "ok";

        // A leader run stops when the node stops or loses the lease (term), whichever comes first.
        using var linked = term.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(stopping, term) : null;
        var cancellationToken = linked?.Token ?? stopping;
        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                ranAt = clock.GetUtcNow();
                record = await RecordStartAsync(job, tenant, cancellationToken);
                next = await job.RunAsync(tenant, cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
            outcome = "stopped";
        }
#pragma warning disable CA1031 // One tenant's failure must not stop the scheduler; it is logged and retried.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.TenantJobFailed(ex, job.Kind, tenant.Name);
            next = clock.GetUtcNow() + RetryAfterFailure;
            outcome = "failed";
        }
        finally
        {
            lock (_lock)
            {
                _running.Remove((tenant.Name, job.Kind));
            }
        }

        await RecordFinishAsync(record, outcome);
        if (cancelled)
        {
            if (!stopping.IsCancellationRequested)
            {
                // The lease was lost mid-run: due again at once, so it parks here and runs wherever the lease goes next.
                index.Schedule(tenant.Name, job.Kind, ranAt);
            }

            return;
        }

        if (next is { } at)
        {
            index.Schedule(tenant.Name, job.Kind, at);
        }

        await WriteBackAsync(tenant.Name, ranAt, cancellationToken);
        index.Wake();
    }

    // The tenant table keeps the earliest due time over this node's entries, so a restart or another node resumes
    // from there; written only when it changes.
    private async Task WriteBackAsync(string tenant, DateTimeOffset ranAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            // Another job of this tenant is still running (a newsletter pass): its entry is out of the index, so the
            // earliest time here would skip it, and a crash would lose it. The last job to finish writes back.
            if (_running.Keys.Any(k => k.Tenant == tenant))
            {
                return;
            }
        }

        // Only a node that runs every kind knows every kind's next time: a follower's earliest would leave out the
        // leader's work, and writing it would hide that work from a restart or the next leader.
        var earliest = index.EarliestFor(tenant);
        if (!LeadsEveryKind() || _jobs.Values.Any(j => !j.Enabled) || (index.TryGetPersisted(tenant, out var known) && known == earliest))
        {
            return;
        }

        try
        {
            await store.SetNextWorkAsync(tenant, ranAt, earliest, cancellationToken);
            index.Persisted(tenant, earliest);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.TenantWorkWriteBackFailed(ex, tenant);
        }
    }

    private async Task FlushPersistsAsync(CancellationToken cancellationToken)
    {
        foreach (var (tenant, due) in index.TakePendingPersists())
        {
            try
            {
                await store.ScheduleWorkAsync(tenant, due, cancellationToken);
                index.Persisted(tenant, due, lowerOnly: true);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.TenantWorkWriteBackFailed(ex, tenant);
            }
        }
    }

    // A new table: tenants that appeared get their jobs' first due times (or the table's next-work time), tenants whose
    // next-work time moved earlier than anything known here (work created by the CLI or another node) have every job
    // due then, and tenants that stopped running are forgotten.
    private void Observe(TenantTable table, DateTimeOffset now)
    {
        if (ReferenceEquals(table, _seen))
        {
            return;
        }

        _seen = table;
        var before = _tenants;
        var running = table.Tenants.Where(t => t.State == TenantState.Running && !t.IsHost).ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var tenant in running.Values)
        {
            var isNew = !before.ContainsKey(tenant.Name);
            var hasKnown = index.TryGetPersisted(tenant.Name, out var known);
            if (tenant.NextWorkUtc is { } next && (!hasKnown || known != next) && (index.EarliestFor(tenant.Name) is not { } earliest || next < earliest))
            {
                foreach (var kind in _jobs.Keys)
                {
                    index.Schedule(tenant.Name, kind, next);
                }
            }

            if (isNew)
            {
                foreach (var job in _jobs.Values)
                {
                    if (job.FirstDue(tenant, now) is { } first)
                    {
                        index.Schedule(tenant.Name, job.Kind, first);
                    }
                }
            }

            index.Persisted(tenant.Name, tenant.NextWorkUtc);
        }

        foreach (var gone in before.Keys.Where(name => !running.ContainsKey(name)))
        {
            index.Forget(gone);
            ForgetParked(gone);
        }

        _tenants = running;
    }
}
