using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// A cluster member's exclusive hold on its data folder (search indexes, variant cache, spool): two members on one
/// <c>Media:DataPath</c> would corrupt each other's Lucene indexes and cache, so the second refuses to start. The hold
/// is an OS file lock on <c>{DataPath}/node.lock</c> (<see cref="FileShare.None"/>, a <c>flock</c> on Linux), taken
/// before any other start-up work and kept for the process lifetime: the OS drops it when the process ends, SIGKILL
/// included, so a killed node's restart is never refused by a stale file. Lone nodes may share a data folder on
/// purpose (several SQLite nodes, the CLI beside a web node), so only members take it; the CLI never does.
/// </summary>
internal sealed class DataPathLock(ClusterMode cluster, IOptions<MediaOptions> options, ILogger<DataPathLock> logger) : IHostedLifecycleService, IDisposable
{
    public const string FileName = "node.lock";

    private FileStream? _held;

    /// <summary>Runs before every hosted service's start (migrations, indexes, workers), so a refused node touched nothing.</summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!cluster.IsMember || _held is not null)
        {
            return Task.CompletedTask;
        }

        var dataPath = options.Value.DataPath;
        Directory.CreateDirectory(dataPath);
        _held = Take(dataPath);
        logger.DataPathLocked(dataPath, Environment.MachineName, Environment.ProcessId);
        return Task.CompletedTask;
    }

    /// <summary>Opens the lock file for this process alone, or refuses with the sentence a person reads in the log.</summary>
    public static FileStream Take(string dataPath)
    {
        FileStream file;
        try
        {
            file = new FileStream(Path.Combine(dataPath, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException)
        {
            throw new MediaValidationException(
                $"This node is a cluster member but its data path {dataPath} is already used by another running node: give each node its own Media:DataPath, since two nodes on one folder would corrupt each other's search indexes and media cache.");
        }

        // Who holds it, for a person looking at the folder (the lock is advisory: reading the file stays possible).
        var owner = System.Text.Encoding.UTF8.GetBytes($"{Environment.MachineName} {Environment.ProcessId}\n");
        file.SetLength(0);
        file.Write(owner);
        file.Flush();
        return file;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Released only once every hosted service stopped: workers may write to the folder until then.</summary>
    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }
}
