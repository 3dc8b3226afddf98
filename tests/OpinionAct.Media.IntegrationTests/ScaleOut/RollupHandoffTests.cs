using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>On a cluster the analytics roll-up is led too: followers hand their dirty tenants to the leader through Redis.</summary>
public sealed class RollupHandoffTests : IAsyncLifetime
{
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

    [RedisFact]
    public async Task Rollup_should_be_handed_to_the_leader_when_a_follower_received_the_events()
    {
        var cluster = ClusterSettingsForTest.WithRedis();
        var (leader, follower) = await StartTwoAsync(cluster);
        await Eventually.TrueAsync(() => Task.FromResult(leader.Get<ClusterRedis>().IsConnected && follower.Get<ClusterRedis>().IsConnected), TimeSpan.FromSeconds(10), "both nodes reach Redis");

        var onFollower = await follower.Get<RollupHandoff>().TenantsToRollUpAsync(["brand-a", "brand-b"]);
        var onLeader = await leader.Get<RollupHandoff>().TenantsToRollUpAsync(["brand-c"]);
        var onLeaderAgain = await leader.Get<RollupHandoff>().TenantsToRollUpAsync([]);

        Assert.Empty(onFollower);
        Assert.Equal(["brand-a", "brand-b", "brand-c"], onLeader.Order(StringComparer.Ordinal));
        Assert.Empty(onLeaderAgain);
    }

    [PostgresFact]
    public async Task Rollup_should_stay_on_the_follower_when_Redis_is_away()
    {
        var (_, follower) = await StartTwoAsync(ClusterSettingsForTest.WithoutRedis());

        var onFollower = await follower.Get<RollupHandoff>().TenantsToRollUpAsync(["brand-a"]);

        Assert.Equal(["brand-a"], onFollower);
    }

    private async Task<(MediaHost Leader, MediaHost Follower)> StartTwoAsync(ClusterSettingsForTest cluster)
    {
        foreach (var name in new[] { "a", "b" })
        {
            _nodes.Add(ClusterNode.Start(_storage, cluster, Path.Combine(_storage.DataPath, name), new Dictionary<string, string?> { ["Media:NodeName"] = name }));
        }

        await Eventually.TrueAsync(() => Task.FromResult(_nodes.Count(n => n.Get<JobLeases>().IsLeading) == 1), TimeSpan.FromSeconds(15), "one node leads");
        var leader = _nodes.Single(n => n.Get<JobLeases>().IsLeading);
        return (leader, _nodes.Single(n => n != leader));
    }
}
