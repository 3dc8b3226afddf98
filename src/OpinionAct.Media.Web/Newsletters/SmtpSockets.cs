using System.Net.Sockets;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// The TCP connection under an SMTP session, with Nagle's algorithm off. SMTP is a chatty request/reply
/// protocol: with Nagle on, the tail of each message waits for the server's delayed ACK (~40 ms on Linux),
/// which capped one connection at about 22 messages per second in the sending benchmark.
/// </summary>
internal static class SmtpSockets
{
    public static async Task<Socket> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
