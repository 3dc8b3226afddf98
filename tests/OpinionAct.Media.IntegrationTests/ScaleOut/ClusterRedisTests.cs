using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>A cluster member's Redis connection: never a reason not to serve, and back by itself after an outage.</summary>
public sealed class ClusterRedisTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync("Postgres");

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [PostgresFact]
    public async Task Node_should_start_and_serve_pages_when_Redis_is_unreachable_at_start()
    {
        await using var node = ClusterNode.Start(_storage, ClusterSettingsForTest.WithoutRedis(), _storage.DataPath);
        await node.CreateTenantAsync(prefix: "brand");

        var home = await node.CreateClient().GetAsync("/brand/");
        var redis = node.Get<ClusterRedis>();

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(redis.IsConnected);
        Assert.False(redis.TryDatabase(out _));
    }

    [RedisFact]
    public async Task Node_should_write_keys_under_its_cluster_prefix_when_Redis_is_up()
    {
        var cluster = ClusterSettingsForTest.WithRedis();
        await using var node = ClusterNode.Start(_storage, cluster, _storage.DataPath);
        var redis = node.Get<ClusterRedis>();
        await Eventually.TrueAsync(() => Task.FromResult(redis.IsConnected), TimeSpan.FromSeconds(10), "the node connects to Redis");

        Assert.True(redis.TryDatabase(out var database));
        await database.StringSetAsync("probe", "1", TimeSpan.FromMinutes(1));

        Assert.Equal("1", (string?)await redis.Connection!.GetDatabase().StringGetAsync(cluster.Prefix + "probe"));
    }

    [RedisFact]
    public async Task Node_should_reconnect_and_announce_it_when_Redis_comes_back_without_a_restart()
    {
        await using var server = await PrivateRedis.StartAsync();
        await using var node = ClusterNode.Start(_storage, ClusterSettingsForTest.WithoutRedis() with { Redis = server.Configuration }, _storage.DataPath);
        var redis = node.Get<ClusterRedis>();
        var announced = 0;
        redis.Reconnected += () => Interlocked.Increment(ref announced);
        await Eventually.TrueAsync(() => Task.FromResult(redis.IsConnected), TimeSpan.FromSeconds(10), "the node connects to Redis");

        await server.StopAsync();
        await Eventually.TrueAsync(() => Task.FromResult(!redis.IsConnected), TimeSpan.FromSeconds(10), "the node sees Redis gone");
        await server.RestartAsync();
        await Eventually.TrueAsync(() => Task.FromResult(redis.IsConnected), TimeSpan.FromSeconds(20), "the node reconnects");

        Assert.True(redis.TryDatabase(out var database));
        Assert.True(await database.StringSetAsync("after-outage", "1"));
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref announced) >= 1), TimeSpan.FromSeconds(5), "the reconnection is announced");
    }
}
