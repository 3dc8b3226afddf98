namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// Tests that start cluster members on one fresh PostgreSQL database: the database, the cluster's shared settings
/// (no Redis unless a test says otherwise), a second data folder for a second node, and their cleanup.
/// </summary>
public abstract class ClusterTestBase : IAsyncLifetime
{
    protected ClusterSettingsForTest Cluster { get; } = ClusterSettingsForTest.WithoutRedis();

    /// <summary>A data folder for a second node (the first uses <see cref="TestStorage.DataPath"/>).</summary>
    protected string OtherDataPath { get; } = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("n")[..12]);

    protected TestStorage Storage { get; private set; } = null!;

    public async Task InitializeAsync() => Storage = await TestStorage.CreateAsync("Postgres");

    public async Task DisposeAsync()
    {
        await Storage.DisposeAsync();
        if (Directory.Exists(OtherDataPath))
        {
            Directory.Delete(OtherDataPath, recursive: true);
        }
    }

    protected MediaHost StartNode(string dataPath) => ClusterNode.Start(Storage, Cluster, dataPath);
}
