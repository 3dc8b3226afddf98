using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP relay in front of a server (the test's PostgreSQL): a node pointed at it works as usual until
/// <see cref="Stop"/> closes the port and cuts every open connection, as a server going away would.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> _connections = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly string _host;
    private readonly int _port;
    private readonly Task _accepting;
    private volatile bool _frozen;

    private TcpRelay(string host, int port)
    {
        _host = host;
        _port = port;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static TcpRelay Start(string host, int port) => new(host, port);

    /// <summary>Closes the port (new connections are refused) and every relayed connection.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }

    /// <summary>
    /// Cuts every relayed connection and, from now on, accepts connections but never answers on them: a server whose
    /// network dropped, the case only a timeout ends.
    /// </summary>
    public void Freeze()
    {
        _frozen = true;
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            Stop();
        }

        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            if (_frozen)
            {
                // Held open and silent until the relay is disposed.
                _connections.Add(client);
                continue;
            }

            var upstream = new TcpClient();
            _connections.Add(client);
            _connections.Add(upstream);
            try
            {
                await upstream.ConnectAsync(_host, _port, _stop.Token);
            }
            catch (SocketException)
            {
                client.Dispose();
                continue;
            }

            _ = PumpAsync(client.GetStream(), upstream.GetStream(), client, upstream);
            _ = PumpAsync(upstream.GetStream(), client.GetStream(), upstream, client);
        }
    }

    private static async Task PumpAsync(NetworkStream from, NetworkStream to, TcpClient a, TcpClient b)
    {
        try
        {
            await from.CopyToAsync(to);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
        {
            // One side went away.
        }

        a.Dispose();
        b.Dispose();
    }
}
