using System.Net.Sockets;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// The TCP connection under an SMTP session, with Nagle's algorithm off, and writes held until the client reads or
/// flushes (<see cref="CoalescingStream"/>). SMTP is a chatty request/reply protocol: with Nagle on, the tail of each
/// message waited for the server's delayed ACK (~40 ms on Linux), which capped one connection at about 22 messages per
/// second in the sending benchmark; with Nagle off and no coalescing, each of MailKit's 4 KB blocks went out as a
/// segment of its own.
/// </summary>
internal static class SmtpSockets
{
    public static async Task<Stream> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken);
            return new CoalescingStream(new NetworkStream(socket, ownsSocket: true));
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
