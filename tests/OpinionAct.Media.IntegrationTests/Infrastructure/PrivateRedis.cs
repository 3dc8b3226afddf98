using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// A redis-server of one test's own (Debian's package, which .ci/run installs), on a free loopback port, for tests that
/// stop and restart Redis under a running node. Nothing is saved to disk.
/// </summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private const string Binary = "/usr/bin/redis-server";
    private Process? _process;

    private PrivateRedis(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<PrivateRedis> StartAsync()
    {
        var redis = new PrivateRedis(FreePort());
        await redis.RestartAsync();
        return redis;
    }

    /// <summary>Starts the server (again) on the same port, and returns once it accepts connections.</summary>
    public async Task RestartAsync()
    {
        _process = Process.Start(new ProcessStartInfo(Binary, $"--bind 127.0.0.1 --port {Port} --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        await Eventually.TrueAsync(() => Task.FromResult(Accepts()), TimeSpan.FromSeconds(10), "redis-server accepts connections");
    }

    /// <summary>Kills the server at once, as a crash or a network cut would look to the nodes.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
