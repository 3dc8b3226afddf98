using System.Diagnostics;

namespace OpinionAct.Media.Cluster;

/// <summary>Debian's redis-server on a loopback port of the run's own, stopped (killed) and started again at will.</summary>
public sealed class RedisServer(int port, string work) : IAsyncDisposable
{
    private Process? _process;

    public int Port => port;

    public async Task StartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", ["--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no", "--dir", work])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        await Loopback.WaitListeningAsync(port, "redis-server");
    }

    /// <summary>Kills Redis at once: to the nodes it is a crash or a network cut.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
