using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// Cached pages on one node evicted by a change made on another, through Redis pub/sub within a second (node B polls
/// the tenant table only every ten minutes here, so the poll cannot be what evicted them); flushed whole when Redis
/// comes back after an outage; and still evicted by the poll when Redis cannot be reached.
/// </summary>
public sealed class ClusterCacheEvictionTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> SlowPoll = new() { ["Media:TenantRefreshInterval"] = "00:10:00" };

    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync("Postgres");

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [RedisFact]
    public async Task Publish_on_one_node_should_reach_another_nodes_cached_page_within_a_second_when_its_poll_is_slow()
    {
        var settings = ClusterSettingsForTest.WithRedis();
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, settings, settingsOfB: SlowPoll);
        await ListenersAsync(cluster.A, settings.Prefix, 2);
        var seed = new ContentSeed(cluster.A, cluster.Tenant);
        await seed.ArticleAsync(ContentSeed.Draft("Pompes à chaleur en copropriété"));
        await cluster.B.Get<OpinionAct.Media.Web.Tenancy.TenantRegistry>().RefreshAsync(default);
        var b = cluster.B.Client();
        var before = await b.GetStringAsync("/brand/");
        Assert.Contains("Pompes à chaleur en copropriété", before, StringComparison.Ordinal);
        Assert.Equal(before, await b.GetStringAsync("/brand/"));

        await seed.ArticleAsync(ContentSeed.Draft("Isolation des combles perdus"));

        var took = await Eventually.TrueAsync(
            async () => (await b.GetStringAsync("/brand/")).Contains("Isolation des combles perdus", StringComparison.Ordinal),
            TimeSpan.FromSeconds(1),
            "node B's home page shows the article published on node A");
        output.WriteLine($"Published on A, fresh on B after {took.TotalMilliseconds:F0} ms (including B's page requests).");
        Assert.True(took < TimeSpan.FromSeconds(1));
    }

    [RedisFact]
    public async Task Tenant_created_on_one_node_should_be_routed_by_another_at_once_when_its_poll_is_slow()
    {
        var settings = ClusterSettingsForTest.WithRedis();
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, settings, settingsOfB: SlowPoll);
        await ListenersAsync(cluster.A, settings.Prefix, 2);

        await cluster.A.CreateTenantAsync(prefix: "second");

        await Eventually.TrueAsync(
            async () => (await cluster.B.Client().GetAsync("/second/")).StatusCode == System.Net.HttpStatusCode.OK,
            TimeSpan.FromSeconds(2),
            "node B serves the hub created on node A");
    }

    [RedisFact]
    public async Task Node_should_flush_its_cached_pages_when_Redis_comes_back_after_an_outage()
    {
        await using var server = await PrivateRedis.StartAsync();
        var settings = ClusterSettingsForTest.WithoutRedis() with { Redis = server.Configuration };
        await using var node = ClusterNode.Start(_storage, settings, _storage.DataPath, SlowPoll);
        var redis = node.Get<ClusterRedis>();
        await Eventually.TrueAsync(() => Task.FromResult(redis.IsConnected), TimeSpan.FromSeconds(10), "the node connects to Redis");
        var tenant = await node.CreateTenantAsync(prefix: "brand");
        var seed = new ContentSeed(node, tenant);
        var id = await seed.ArticleAsync(ContentSeed.Draft("Chauffe-eau solaire"));
        var path = await seed.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Articles.Where(a => a.Id == id).Select(a => a.Path).SingleAsync());
        var client = node.Client();
        Assert.Contains("Chauffe-eau solaire", await client.GetStringAsync($"/brand/{path}"), StringComparison.Ordinal);

        await server.StopAsync();
        await Eventually.TrueAsync(() => Task.FromResult(!redis.IsConnected), TimeSpan.FromSeconds(10), "the node sees Redis gone");

        // Written straight into the database, as another node's change whose message was lost would look: nothing on
        // this node hears of it, and its poll is ten minutes away.
        await seed.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Articles.Where(a => a.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "Chauffe-eau thermodynamique")));
        Assert.Contains("Chauffe-eau solaire", await client.GetStringAsync($"/brand/{path}"), StringComparison.Ordinal);

        await server.RestartAsync();

        await Eventually.TrueAsync(
            async () => (await client.GetStringAsync($"/brand/{path}")).Contains("Chauffe-eau thermodynamique", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20),
            "the page is rendered afresh once Redis is back");
    }

    [RedisFact]
    public async Task Node_should_listen_for_changes_once_Redis_is_reachable_when_it_was_not_at_start()
    {
        await using var server = await PrivateRedis.StartAsync();
        await server.StopAsync();
        var settings = ClusterSettingsForTest.WithoutRedis() with { Redis = server.Configuration };
        await using var node = ClusterNode.Start(_storage, settings, _storage.DataPath);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await node.Client().GetAsync("/admin/login")).StatusCode);
        Assert.False(node.Get<ClusterRedis>().IsConnected);

        await server.RestartAsync();

        var redis = node.Get<ClusterRedis>();
        await Eventually.TrueAsync(() => Task.FromResult(redis.IsConnected), TimeSpan.FromSeconds(30), "the node connects to Redis");
        await ListenersAsync(node, settings.Prefix, 1, TimeSpan.FromSeconds(15));
    }

    [PostgresFact]
    public async Task Poll_should_still_evict_another_nodes_cached_page_when_Redis_is_unreachable()
    {
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, ClusterSettingsForTest.WithoutRedis(), connected: false);
        var seed = new ContentSeed(cluster.A, cluster.Tenant);
        await seed.ArticleAsync(ContentSeed.Draft("Pompes à chaleur en copropriété"));
        await cluster.B.Get<OpinionAct.Media.Web.Tenancy.TenantRegistry>().RefreshAsync(default);
        var b = cluster.B.Client();
        Assert.Contains("Pompes à chaleur en copropriété", await b.GetStringAsync("/brand/"), StringComparison.Ordinal);

        await seed.ArticleAsync(ContentSeed.Draft("Isolation des combles perdus"));

        await Eventually.TrueAsync(
            async () => (await b.GetStringAsync("/brand/")).Contains("Isolation des combles perdus", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10),
            "node B's poll evicts its cached home page");
    }

    /// <summary>Waits until <paramref name="count"/> nodes listen on the cluster's tenants channel.</summary>
    private static async Task ListenersAsync(MediaHost node, string prefix, int count, TimeSpan? deadline = null)
    {
        var database = node.Get<ClusterRedis>().Connection!.GetDatabase();
        await Eventually.TrueAsync(
            async () => (long)(await database.ExecuteAsync("PUBSUB", "NUMSUB", prefix + TenantChangeMessage.Channel))[1] >= count,
            deadline ?? TimeSpan.FromSeconds(10),
            $"{count} nodes listen for tenant changes");
    }
}
