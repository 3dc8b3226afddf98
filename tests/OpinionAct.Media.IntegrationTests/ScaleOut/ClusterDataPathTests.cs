using System.Diagnostics;
using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// Two cluster members on one data folder would corrupt each other's search indexes and media cache: the second is
/// refused while the first runs, and the folder is free again once the first is gone, even when it was killed.
/// </summary>
public sealed class ClusterDataPathTests : IAsyncLifetime
{
    private readonly ClusterSettingsForTest _cluster = ClusterSettingsForTest.WithoutRedis();
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync("Postgres");

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [PostgresFact]
    public async Task Second_node_should_be_refused_while_the_first_runs_and_start_once_it_stopped_when_sharing_a_data_path()
    {
        var first = ClusterNode.Start(_storage, _cluster, _storage.DataPath);
        var heldByFirst = IsLocked(Path.Combine(_storage.DataPath, "node.lock"));
        var error = await MediaHost.StartupErrorAsync(_storage, Settings());

        await first.DisposeAsync();
        await using var third = ClusterNode.Start(_storage, _cluster, _storage.DataPath);

        // Each step asserted on its own, so a failure says which one broke (once in CI the refusal was missing).
        Assert.True(heldByFirst, "the first node holds node.lock once started");
        var refusal = Refusal(error);
        Assert.True(refusal is not null, $"the second node is refused with the data path sentence; it got: {error?.ToString() ?? "no error, it started"}");
        Assert.StartsWith($"This node is a cluster member but its data path {_storage.DataPath} is already used by another running node", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await third.Client().GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    [PostgresFact]
    public async Task Node_should_start_on_the_data_path_of_a_process_killed_while_holding_it()
    {
        Directory.CreateDirectory(_storage.DataPath);
        var lockFile = Path.Combine(_storage.DataPath, "node.lock");

        // Another process takes the same lock (flock(1) uses the same flock(2) call as .NET's FileShare.None; --close
        // keeps it in flock itself, not in its child) and is killed with SIGKILL, as a crashed node would be: nothing
        // runs to release it but the OS.
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--close", lockFile, "sleep", "300"]) { UseShellExecute = false })!;
        await Eventually.TrueAsync(() => Task.FromResult(IsLocked(lockFile)), TimeSpan.FromSeconds(10), "the other process holds the lock");
        var error = await MediaHost.StartupErrorAsync(_storage, Settings());

        holder.Kill(entireProcessTree: true); // SIGKILL
        await holder.WaitForExitAsync();
        await using var node = ClusterNode.Start(_storage, _cluster, _storage.DataPath);

        Assert.True(Refusal(error) is not null, $"the node is refused while another process holds the lock; it got: {error?.ToString() ?? "no error, it started"}");
        Assert.True(File.Exists(lockFile));
        Assert.True(IsLocked(lockFile)); // now by this node
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Media:DataPath"] = _storage.DataPath,
        ["Media:Redis:Configuration"] = _cluster.Redis,
        ["Media:Redis:Prefix"] = _cluster.Prefix,
        ["Media:DataProtection:MasterKey"] = _cluster.MasterKey,
    };

    /// <summary>
    /// True when another open file holds the lock. A file not there yet is not locked: counting its "not found" as a
    /// lock let the test go on before flock(1) had even created the file, and the node then took the lock itself.
    /// </summary>
    private static bool IsLocked(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static MediaValidationException? Refusal(Exception? error)
    {
        while (error is not null and not MediaValidationException)
        {
            error = error.InnerException;
        }

        return error as MediaValidationException;
    }
}
