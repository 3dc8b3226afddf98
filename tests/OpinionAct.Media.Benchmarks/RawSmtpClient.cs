using System.Net.Sockets;
using System.Text;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// The simplest SMTP client there is, for the sink's maximum: a socket per connection (Nagle off), EHLO once, then per
/// message one write of <c>MAIL FROM</c>, <c>RCPT TO</c> and <c>DATA</c> (pipelined, RFC 2920), its three replies, one
/// write of the prebuilt content (already CRLF and dot-stuffed) with its end mark, and its reply. No MIME work, no
/// allocation per message: the same exchange our sender makes, with nothing else around it.
/// </summary>
internal sealed class RawSmtpClient : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[4096];
    private int _start;
    private int _end;

    private RawSmtpClient(Socket socket) => _socket = socket;

    public static async Task<RawSmtpClient> ConnectAsync(string host, int port)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(host, port);
        var client = new RawSmtpClient(socket);
        await client.ExpectAsync(1, "220");
        await client.SendAsync(Encoding.ASCII.GetBytes("EHLO bench.local\r\n"));
        await client.ExpectAsync(1, "250");
        return client;
    }

    /// <summary>The content as it goes on the wire after <c>DATA</c>: CRLF line ends, dot-stuffed, ending with the end mark.</summary>
    public static byte[] WireContent(MimeKit.MimeMessage message)
    {
        // Prepared for 7-bit transport as a client must (on a copy: the MailKit loop's message stays as it is).
        using var original = new MemoryStream();
        message.WriteTo(original);
        original.Position = 0;
        var copy = MimeKit.MimeMessage.Load(original);
        copy.Prepare(MimeKit.EncodingConstraint.SevenBit);
        using var raw = new MemoryStream();
        copy.WriteTo(new MimeKit.FormatOptions { NewLineFormat = MimeKit.NewLineFormat.Dos }, raw);
        var text = Encoding.Latin1.GetString(raw.ToArray());
        if (!text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            text += "\r\n";
        }

        var stuffed = (text.StartsWith('.') ? "." : string.Empty) + text.Replace("\r\n.", "\r\n..", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(stuffed + ".\r\n");
    }

    public async Task SendAsync(byte[] envelope, byte[] content)
    {
        await SendAsync(envelope);
        await ExpectAsync(3, null);
        await SendAsync(content);
        await ExpectAsync(1, "250");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SendAsync(Encoding.ASCII.GetBytes("QUIT\r\n"));
            await ExpectAsync(1, "221");
        }
        catch (SocketException)
        {
        }

        _socket.Dispose();
    }

    private async Task SendAsync(byte[] bytes)
    {
        var sent = 0;
        while (sent < bytes.Length)
        {
            sent += await _socket.SendAsync(bytes.AsMemory(sent), SocketFlags.None);
        }
    }

    /// <summary>Reads <paramref name="replies"/> replies (a reply ends with a line whose fourth character is a space); the last must start with <paramref name="code"/>.</summary>
    private async Task ExpectAsync(int replies, string? code)
    {
        var last = string.Empty;
        while (replies > 0)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline < 0)
            {
                if (_start > 0)
                {
                    Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }

                var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None);
                if (read == 0)
                {
                    throw new IOException("The SMTP server closed the connection.");
                }

                _end += read;
                continue;
            }

            var line = Encoding.ASCII.GetString(_buffer, _start, newline + 1 - _start);
            _start = newline + 1;
            if (line.Length >= 4 && line[3] == ' ')
            {
                replies--;
                last = line;
                if (line[0] is '4' or '5')
                {
                    throw new IOException("The SMTP server refused: " + line.TrimEnd());
                }
            }
        }

        if (code is not null && !last.StartsWith(code, StringComparison.Ordinal))
        {
            throw new IOException($"Expected {code}, got {last.TrimEnd()}");
        }
    }
}
