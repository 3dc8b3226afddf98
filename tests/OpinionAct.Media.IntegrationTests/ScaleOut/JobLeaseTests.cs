using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.ScaleOut;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.ScaleOut;
using OpinionAct.Media.Web.Tenancy;
using Xunit.Abstractions;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// Background work on several nodes sharing one PostgreSQL database (advisory locks need no Redis): leader jobs run on
/// one node at a time and move within seconds when it goes; the send queue runs everywhere; a lone node needs no lease.
/// </summary>
public sealed class JobLeaseTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Takeover = TimeSpan.FromSeconds(15);

    private readonly ProbeRuns _runs = new();
    private readonly List<MediaHost> _nodes = [];
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync("Postgres");

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    [PostgresFact]
    public async Task Leader_job_should_run_on_exactly_one_node_when_two_nodes_share_the_database()
    {
        var cluster = ClusterSettingsForTest.WithoutRedis();
        var a = StartNode("a", cluster, JobPlacement.Leader);
        StartNode("b", cluster, JobPlacement.Leader);
        var tenant = await a.CreateTenantAsync();

        await Eventually.TrueAsync(() => Task.FromResult(_runs.All.Count(r => r.Tenant == tenant) >= 8), TimeSpan.FromSeconds(20), "eight probe runs");
        await Task.Delay(1500);

        var nodes = _runs.All.Where(r => r.Tenant == tenant).Select(r => r.Node).Distinct().ToList();
        Assert.Single(nodes);
        Assert.Empty(_runs.Overlaps());
        var recorded = await a.Get<BackgroundRunStore>().ListAsync("probe", default);
        Assert.NotEmpty(recorded);
        Assert.All(recorded, r => Assert.Equal(nodes[0], r.Node));
        Assert.All(recorded.Where(r => r.FinishedUtc is not null), r => Assert.Equal("ok", r.Outcome));
    }

    [PostgresFact]
    public async Task Leader_jobs_should_move_to_the_other_node_within_seconds_when_the_leader_is_disposed()
    {
        var cluster = ClusterSettingsForTest.WithoutRedis();
        var a = StartNode("a", cluster, JobPlacement.Leader);
        var b = StartNode("b", cluster, JobPlacement.Leader);
        var tenant = await a.CreateTenantAsync();
        await Eventually.TrueAsync(() => Task.FromResult(_runs.All.Count(r => r.Tenant == tenant) >= 3), TimeSpan.FromSeconds(20), "three probe runs");

        var leader = _runs.All[^1].Node;
        var (gone, follower, followerName) = leader == "a" ? (a, b, "b") : (b, a, "a");
        await gone.DisposeAsync();
        _nodes.Remove(gone);
        var since = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await Eventually.TrueAsync(() => Task.FromResult(_runs.On(followerName).Any(r => r.Started >= since)), Takeover, "the other node runs the job");
        output.WriteLine($"Takeover after the leader was disposed: {clock.Elapsed.TotalSeconds:F2} s (node {leader} -> {followerName})");

        Assert.True(follower.Get<JobLeases>().IsLeading);
        Assert.Empty(_runs.Overlaps());
    }

    [PostgresFact]
    public async Task Leader_jobs_should_move_and_stop_on_the_old_leader_when_its_lease_session_is_terminated()
    {
        var cluster = ClusterSettingsForTest.WithoutRedis();
        var a = StartNode("a", cluster, JobPlacement.Leader);
        var b = StartNode("b", cluster, JobPlacement.Leader);
        var tenant = await a.CreateTenantAsync();
        await Eventually.TrueAsync(() => Task.FromResult(_runs.All.Count(r => r.Tenant == tenant) >= 3), TimeSpan.FromSeconds(20), "three probe runs");

        var leader = _runs.All[^1].Node;
        var (old, follower, followerName) = leader == "a" ? (a, b, "b") : (b, a, "a");
        Assert.Equal(1, await TerminateLeaseSessionAsync(leader));
        var since = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await Eventually.TrueAsync(() => Task.FromResult(_runs.On(followerName).Any(r => r.Started >= since)), Takeover, "the other node runs the job");
        output.WriteLine($"Takeover after the leader's lease session was terminated: {clock.Elapsed.TotalSeconds:F2} s (node {leader} -> {followerName})");
        var takenOver = _runs.On(followerName).Where(r => r.Started >= since).Min(r => r.Started);
        await Task.Delay(2000);

        Assert.False(old.Get<JobLeases>().IsLeading);
        Assert.True(follower.Get<JobLeases>().IsLeading);
        Assert.DoesNotContain(_runs.On(leader), r => r.Started >= takenOver);
        Assert.Empty(_runs.Overlaps());
    }

    [PostgresFact]
    public async Task Send_queue_should_run_on_every_node_when_other_jobs_are_led_by_one()
    {
        var cluster = ClusterSettingsForTest.WithoutRedis();
        var a = StartNode("a", cluster, JobPlacement.EveryNode);
        StartNode("b", cluster, JobPlacement.EveryNode);
        var tenant = await a.CreateTenantAsync();

        await Eventually.TrueAsync(() => Task.FromResult(_runs.On("a").Any(r => r.Tenant == tenant) && _runs.On("b").Any(r => r.Tenant == tenant)), TimeSpan.FromSeconds(20), "probe runs on both nodes");

        var jobs = a.Services.GetServices<ITenantJob>().ToList();
        Assert.Equal(JobPlacement.EveryNode, a.Get<NewsletterSendWorker>().Placement);
        Assert.All(jobs.Where(j => j.Kind is not (NewsletterSendWorker.JobKind or "probe")), j => Assert.Equal(JobPlacement.Leader, j.Placement));
        Assert.Empty(await a.Get<BackgroundRunStore>().ListAsync("probe", default));
    }

    [PostgresFact]
    public async Task Parked_leader_job_should_run_once_when_a_node_takes_the_lease_after_nobody_led()
    {
        await using var blocker = await AdvisoryLockSession.OpenAsync(_storage.ConnectionString!, "test-blocker", default);
        Assert.True(await blocker.TryLockAsync(JobLeases.LeaseKey, default));
        var a = StartNode("a", ClusterSettingsForTest.WithoutRedis(), JobPlacement.Leader, recurring: false);
        var tenant = await a.CreateTenantAsync();
        var scheduler = a.Get<TenantWorkScheduler>();
        await Eventually.TrueAsync(() => Task.FromResult(scheduler.ParkedCount > 0), TimeSpan.FromSeconds(10), "the due probe is parked");
        await Task.Delay(1500);
        Assert.Empty(_runs.All);
        Assert.False(a.Get<JobLeases>().IsLeading);

        await blocker.DisposeAsync();
        var clock = Stopwatch.StartNew();
        await Eventually.TrueAsync(() => Task.FromResult(_runs.All.Any(r => r.Tenant == tenant)), Takeover, "the parked probe runs");
        output.WriteLine($"Parked job ran {clock.Elapsed.TotalSeconds:F2} s after the lease was freed");
        await Task.Delay(2000);

        Assert.Single(_runs.All, r => r.Tenant == tenant);
        Assert.Equal(0, scheduler.ParkedCount);
        Assert.Single(await a.Get<BackgroundRunStore>().ListAsync("probe", default));
    }

    [PostgresFact]
    public async Task Lone_node_should_run_leader_jobs_without_a_lease_when_it_has_no_Redis()
    {
        var lone = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:NodeName"] = "lone" },
            testServices: services => services.AddSingleton<ITenantJob>(new ProbeJob("lone", _runs, JobPlacement.Leader, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(50))));
        _nodes.Add(lone);
        var tenant = await lone.CreateTenantAsync();

        await Eventually.TrueAsync(() => Task.FromResult(_runs.All.Count(r => r.Tenant == tenant) >= 3), TimeSpan.FromSeconds(20), "three probe runs");

        Assert.False(lone.Get<JobLeases>().Required);
        Assert.True(lone.Get<JobLeases>().IsLeading);
        Assert.Empty(await lone.Get<BackgroundRunStore>().ListAsync(null, default));
        Assert.Equal(0, await LeaseSessionsAsync());
    }

    private MediaHost StartNode(string name, ClusterSettingsForTest cluster, JobPlacement placement, bool recurring = true)
    {
        TimeSpan? interval = recurring ? TimeSpan.FromMilliseconds(300) : null;
        var node = ClusterNode.Start(
            _storage,
            cluster,
            Path.Combine(_storage.DataPath, name),
            new Dictionary<string, string?> { ["Media:NodeName"] = name },
            services => services.AddSingleton<ITenantJob>(new ProbeJob(name, _runs, placement, interval, TimeSpan.FromMilliseconds(100))));
        _nodes.Add(node);
        return node;
    }

    private async Task<int> TerminateLeaseSessionAsync(string node)
    {
        await using var connection = new NpgsqlConnection(_storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name) t",
            connection);
        command.Parameters.AddWithValue("name", "media-lease:" + node);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> LeaseSessionsAsync()
    {
        await using var connection = new NpgsqlConnection(_storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'media-lease:%'", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
