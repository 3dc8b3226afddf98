using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Tenancy;

/// <summary>
/// The one scheduler of per-tenant work: it runs a job only when the due-time index says it is due, picks up work that
/// another process recorded in the tenant table, and never touches a tenant with nothing due. Driven by a clock the test
/// moves and by <see cref="TenantWorkScheduler.RunDueAsync"/>, so nothing depends on timing.
/// </summary>
public sealed class TenantWorkSchedulerTests
{
    /// <summary>The tenant table in memory, with the next-work column's semantics of the real store.</summary>
    private sealed class TableStore : ITenantStore
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, TenantDescriptor> _tenants = new(StringComparer.Ordinal);
        private long _version;

        public int Writes { get; private set; }

        public void Add(string name)
        {
            lock (_lock)
            {
                _tenants[name] = new TenantDescriptor { Name = name, DisplayName = name, State = TenantState.Running, Prefix = name };
                _version++;
            }
        }

        public DateTimeOffset? NextWork(string name)
        {
            lock (_lock)
            {
                return _tenants[name].NextWorkUtc;
            }
        }

        public Task<TenantTable> LoadAsync(CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                return Task.FromResult(new TenantTable(_version, [.. _tenants.Values]));
            }
        }

        public Task<long> GetVersionAsync(CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                return Task.FromResult(_version);
            }
        }

        public Task<TenantDescriptor?> FindAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task CreateAsync(TenantDescriptor tenant, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<TenantDescriptor> UpdateAsync(TenantDescriptor tenant, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task RemoveAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> BumpContentVersionAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task ScheduleWorkAsync(string name, DateTimeOffset due, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                Writes++;
                var tenant = _tenants[name];
                if (tenant.NextWorkUtc is null || tenant.NextWorkUtc > due)
                {
                    _tenants[name] = tenant with { NextWorkUtc = due };
                    _version++;
                }
            }

            return Task.CompletedTask;
        }

        public Task SetNextWorkAsync(string name, DateTimeOffset ranAt, DateTimeOffset? nextDue, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                Writes++;
                var tenant = _tenants[name];
                var stored = tenant.NextWorkUtc;
                var value = stored is null || stored <= ranAt ? nextDue : (nextDue is { } n && n < stored ? n : stored);
                _tenants[name] = tenant with { NextWorkUtc = value };
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>A job that records which tenants it ran for and answers a next due time set by the test.</summary>
    private sealed class RecordingJob(string kind, bool enabled = true) : ITenantJob
    {
        public List<string> Ran { get; } = [];

        public bool Enabled => enabled;

        public Func<string, DateTimeOffset?> Next { get; set; } = _ => null;

        public string Kind => kind;

        public Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
        {
            lock (Ran)
            {
                Ran.Add(tenant.Name);
            }

            return Task.FromResult(Next(tenant.Name));
        }
    }

    private readonly AdjustableClock _clock = new();
    private readonly TableStore _store = new();
    private readonly RecordingJob _publish = new("publishing");
    private readonly RecordingJob _send = new("newsletters");
    private readonly TenantRegistry _registry;
    private readonly TenantDueIndex _index;
    private readonly TenantWorkScheduler _scheduler;

    public TenantWorkSchedulerTests()
    {
        var options = Options.Create(new MediaOptions());
        _registry = new TenantRegistry(_store, [], [], options, NullLogger<TenantRegistry>.Instance);
        _index = new TenantDueIndex(_store, _clock);
        _scheduler = new TenantWorkScheduler([_publish, _send], _index, _registry, _store, _clock, options, NullLogger<TenantWorkScheduler>.Instance);
    }

    private async Task StartAsync(params string[] tenants)
    {
        foreach (var tenant in tenants)
        {
            _store.Add(tenant);
        }

        await _registry.RefreshAsync(CancellationToken.None);
        await _scheduler.RunDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Scheduler_should_run_a_job_when_its_time_comes_and_not_before()
    {
        await StartAsync("a", "b");
        await _index.ScheduleAsync("a", "publishing", _clock.GetUtcNow().AddMinutes(10), CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(9));
        await _scheduler.RunDueAsync(CancellationToken.None);
        Assert.Empty(_publish.Ran);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await _scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(["a"], _publish.Ran);
        Assert.Empty(_send.Ran);

        // Done and nothing more due: later passes do not run it again.
        _clock.Advance(TimeSpan.FromHours(1));
        await _scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(["a"], _publish.Ran);
    }

    [Fact]
    public async Task Scheduler_should_run_a_job_again_at_the_time_it_answered()
    {
        await StartAsync("a");
        var again = _clock.GetUtcNow().AddSeconds(5);
        _send.Next = _ => again;
        _index.Schedule("a", "newsletters", _clock.GetUtcNow());

        await _scheduler.RunDueAsync(CancellationToken.None);
        _send.Next = _ => null;
        await _scheduler.RunDueAsync(CancellationToken.None);
        Assert.Single(_send.Ran);

        _clock.Advance(TimeSpan.FromSeconds(5));
        await _scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(2, _send.Ran.Count);
    }

    [Fact]
    public async Task Scheduler_should_pick_up_work_another_process_recorded_in_the_tenant_table()
    {
        await StartAsync("a", "b");

        // The CLI: its own index over the same tenant table (it has no scheduler running).
        var cli = new TenantDueIndex(_store, _clock);
        await cli.ScheduleAsync("b", "newsletters", _clock.GetUtcNow(), CancellationToken.None);
        await _scheduler.RunDueAsync(CancellationToken.None);
        Assert.Empty(_send.Ran);

        // The node's next table refresh sees the tenant's next-work time move: every job of that tenant looks, once.
        await _registry.RefreshAsync(CancellationToken.None);
        await _scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(["b"], _send.Ran);
        Assert.Equal(["b"], _publish.Ran);

        // Nothing more due: the run wrote that back, and the next passes leave the tenant alone.
        Assert.Null(_store.NextWork("b"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _registry.RefreshAsync(CancellationToken.None);
        await _scheduler.RunDueAsync(CancellationToken.None);
        Assert.Single(_send.Ran);
    }

    [Fact]
    public async Task Scheduler_should_not_touch_idle_tenants()
    {
        await StartAsync([.. Enumerable.Range(1, 200).Select(i => $"t{i}")]);
        await _index.ScheduleAsync("t7", "publishing", _clock.GetUtcNow().AddSeconds(30), CancellationToken.None);
        var writes = _store.Writes;

        for (var minute = 0; minute < 60; minute++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await _registry.RefreshAsync(CancellationToken.None);
            await _scheduler.RunDueAsync(CancellationToken.None);
        }

        Assert.Equal(["t7"], _publish.Ran);
        Assert.Empty(_send.Ran);
        Assert.Equal(1, _store.Writes - writes);
    }

    [Fact]
    public async Task Scheduler_should_resume_after_a_restart_from_the_next_work_time_in_the_tenant_table()
    {
        await StartAsync("a");
        await _index.ScheduleAsync("a", "publishing", _clock.GetUtcNow().AddMinutes(1), CancellationToken.None);

        // A new process on the same table: it knows only what the table says.
        var options = Options.Create(new MediaOptions());
        var registry = new TenantRegistry(_store, [], [], options, NullLogger<TenantRegistry>.Instance);
        var publish = new RecordingJob("publishing");
        var scheduler = new TenantWorkScheduler([publish], new TenantDueIndex(_store, _clock), registry, _store, _clock, options, NullLogger<TenantWorkScheduler>.Instance);
        await registry.RefreshAsync(CancellationToken.None);
        await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Empty(publish.Ran);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(["a"], publish.Ran);
    }

    [Fact]
    public async Task Scheduler_should_leave_the_next_work_time_to_other_nodes_when_a_job_is_off_here()
    {
        await StartAsync("a");
        var queued = _clock.GetUtcNow();
        await new TenantDueIndex(_store, _clock).ScheduleAsync("a", "newsletters", queued, CancellationToken.None);

        // A node with sending off: it runs its other jobs for the tenant, but must not clear the time the senders need.
        var options = Options.Create(new MediaOptions());
        var registry = new TenantRegistry(_store, [], [], options, NullLogger<TenantRegistry>.Instance);
        var publish = new RecordingJob("publishing");
        var send = new RecordingJob("newsletters", enabled: false);
        var scheduler = new TenantWorkScheduler([publish, send], new TenantDueIndex(_store, _clock), registry, _store, _clock, options, NullLogger<TenantWorkScheduler>.Instance);
        await registry.RefreshAsync(CancellationToken.None);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(["a"], publish.Ran);
        Assert.Empty(send.Ran);
        Assert.Equal(queued, _store.NextWork("a"));
    }

    [Fact]
    public async Task Scheduler_should_retry_a_failed_job_a_minute_later()
    {
        await StartAsync("a");
        var fail = true;
        var failing = new FailingJob(() => fail);
        var scheduler = new TenantWorkScheduler([failing], _index, _registry, _store, _clock, Options.Create(new MediaOptions()), NullLogger<TenantWorkScheduler>.Instance);
        _index.Schedule("a", failing.Kind, _clock.GetUtcNow());

        await scheduler.RunDueAsync(CancellationToken.None);
        fail = false;
        _clock.Advance(TimeSpan.FromSeconds(59));
        await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(1, failing.Calls);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(2, failing.Calls);
    }

    private sealed class FailingJob(Func<bool> fail) : ITenantJob
    {
        public int Calls { get; private set; }

        public string Kind => "failing";

        public Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
        {
            Calls++;
            return fail() ? throw new InvalidOperationException("broken database") : Task.FromResult<DateTimeOffset?>(null);
        }
    }
}
