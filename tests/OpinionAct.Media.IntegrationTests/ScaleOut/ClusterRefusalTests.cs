using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>A node whose settings could not share a key ring with the others refuses to start, saying what to set.</summary>
public sealed class ClusterRefusalTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync();

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task Node_should_refuse_to_start_when_redis_is_configured_with_sqlite()
    {
        var error = await StartupErrorAsync(new() { ["Media:Redis:Configuration"] = "127.0.0.1:6379" });

        Assert.StartsWith("Media:Redis:Configuration is set but Media:Database:Provider is Sqlite: Redis scale-out needs PostgreSQL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_member_should_refuse_to_start_when_only_a_node_local_key_file_could_encrypt_keys()
    {
        var error = await StartupErrorAsync(Clustered());

        Assert.Contains("cluster member", error.Message, StringComparison.Ordinal);
        Assert.Contains("set Media:DataProtection:MasterKey", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_storage.DataPath, "keyring-master.key")));
    }

    [Fact]
    public async Task Node_should_refuse_to_start_without_echoing_the_value_when_the_shared_master_key_is_malformed()
    {
        var settings = Clustered();
        settings["Media:DataProtection:MasterKey"] = "not-a-key-secret";

        var error = await StartupErrorAsync(settings);

        Assert.StartsWith("Media:DataProtection:MasterKey is not a base64 256-bit key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-key-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_member_should_refuse_to_start_naming_the_path_when_another_process_holds_its_data_path()
    {
        var settings = Clustered();
        settings["Media:DataProtection:MasterKey"] = Convert.ToBase64String(new byte[32]);
        Directory.CreateDirectory(_storage.DataPath);

        // What another running node holds: the same OS lock on the same file.
        await using (new FileStream(Path.Combine(_storage.DataPath, "node.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var error = await StartupErrorAsync(settings);

            Assert.StartsWith($"This node is a cluster member but its data path {_storage.DataPath} is already used by another running node", error.Message, StringComparison.Ordinal);
            Assert.Contains("give each node its own Media:DataPath", error.Message, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string?> Clustered() => new()
    {
        ["Media:Database:Provider"] = "Postgres",
        ["Media:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=never_opened",
        ["Media:Redis:Configuration"] = "127.0.0.1:6379",
    };

    private async Task<MediaValidationException> StartupErrorAsync(Dictionary<string, string?> settings)
    {
        var error = await MediaHost.StartupErrorAsync(_storage, settings);
        while (error is not null and not MediaValidationException)
        {
            error = error.InnerException;
        }

        return Assert.IsType<MediaValidationException>(error);
    }
}
