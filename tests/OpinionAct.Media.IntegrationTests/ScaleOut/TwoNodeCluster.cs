using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.ScaleOut;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// Two cluster members on one PostgreSQL database and one Redis (or none), each with its own data folder, and a
/// prefix tenant both route. <see cref="Node"/> alternates between them, as a load balancer without sticky sessions would.
/// </summary>
internal sealed class TwoNodeCluster : IAsyncDisposable
{
    private readonly string _otherDataPath = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("n")[..12]);

    private TwoNodeCluster(TestStorage storage, ClusterSettingsForTest cluster, IDictionary<string, string?>? settings, IDictionary<string, string?>? settingsOfB)
    {
        A = ClusterNode.Start(storage, cluster, storage.DataPath, settings);
        var b = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in settingsOfB ?? new Dictionary<string, string?>())
        {
            b[key] = value;
        }

        B = ClusterNode.Start(storage, cluster, _otherDataPath, b);
    }

    public MediaHost A { get; }

    public MediaHost B { get; }

    public string Tenant { get; private set; } = string.Empty;

    /// <summary>Node A for even requests, node B for odd ones.</summary>
    public MediaHost Node(int request) => request % 2 == 0 ? A : B;

    /// <summary>Starts both nodes, waits for their Redis connections when <paramref name="connected"/>, and creates the tenant "/brand" on A.</summary>
    public static async Task<TwoNodeCluster> StartAsync(TestStorage storage, ClusterSettingsForTest cluster, IDictionary<string, string?>? settings = null, bool connected = true, IDictionary<string, string?>? settingsOfB = null)
    {
        var nodes = new TwoNodeCluster(storage, cluster, settings, settingsOfB);
        if (connected)
        {
            foreach (var node in new[] { nodes.A, nodes.B })
            {
                var redis = node.Get<ClusterRedis>();
                await Eventually.TrueAsync(() => Task.FromResult(redis.IsConnected), TimeSpan.FromSeconds(10), "the node connects to Redis");
            }
        }

        nodes.Tenant = await nodes.A.CreateTenantAsync(prefix: "brand");
        await nodes.B.Get<TenantRegistry>().RefreshAsync(default);
        return nodes;
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        if (Directory.Exists(_otherDataPath))
        {
            Directory.Delete(_otherDataPath, recursive: true);
        }
    }
}
