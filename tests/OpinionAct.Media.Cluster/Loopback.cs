using System.Net;
using System.Net.Sockets;

namespace OpinionAct.Media.Cluster;

/// <summary>Ports on 127.0.0.1, where every part of the run listens.</summary>
public static class Loopback
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Returns once something accepts connections on 127.0.0.1:<paramref name="port"/>; throws after 10 s.</summary>
    public static async Task WaitListeningAsync(int port, string what)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"{what} did not listen on 127.0.0.1:{port}.");
    }
}
