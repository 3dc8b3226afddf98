using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// One SMTP connection (RFC 5321) that sends messages already serialised for the wire, as a bulk sender needs it: per
/// message one write of the envelope and <c>DATA</c> (pipelined, RFC 2920, when the server offers it), their replies,
/// one write of the dot-stuffed content with its end mark, and its reply. It speaks plain, STARTTLS (RFC 3207) or
/// implicit TLS, and authenticates with <c>AUTH PLAIN</c> or <c>AUTH LOGIN</c> (RFC 4954), which every submission
/// service offers once the connection is encrypted. Nagle's algorithm is off: SMTP is request and reply, and each
/// request is one write already.
/// Replies are turned into <see cref="MailDeliveryException"/> with their status code (4xx transient, 5xx final);
/// after a refused message the transaction is reset, so the connection carries the next one.
/// </summary>
internal sealed class SmtpConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly TimeSpan _timeout;
    private readonly byte[] _replies = new byte[8192];
    private readonly ArrayBufferWriter<byte> _requests = new(32 * 1024);
    private Stream _stream;
    private int _start;
    private int _end;
    private bool _encrypted;

    private SmtpConnection(Socket socket, TimeSpan timeout)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _timeout = timeout;
    }

    /// <summary>What the server's last <c>EHLO</c> reply offered.</summary>
    public SmtpExtensions Extensions { get; private set; } = SmtpExtensions.None;

    /// <summary>Connects, reads the greeting, says <c>EHLO</c>, upgrades to TLS as <paramref name="settings"/> ask, and authenticates when they name a user.</summary>
    public static async Task<SmtpConnection> OpenAsync(SmtpOptions settings, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        SmtpConnection? connection = null;
        try
        {
            await socket.ConnectAsync(settings.Host, settings.Port, limit.Token);
            connection = new SmtpConnection(socket, timeout);
            if (settings.TlsMode == SmtpTlsMode.Tls)
            {
                await connection.EncryptAsync(settings.Host, limit.Token);
            }

            await connection.ExpectAsync(220, limit.Token);
            await connection.HelloAsync(limit.Token);
            var startTls = settings.TlsMode == SmtpTlsMode.StartTls
                || (settings.TlsMode == SmtpTlsMode.StartTlsWhenAvailable && connection.Extensions.HasFlag(SmtpExtensions.StartTls));
            if (startTls)
            {
                if (!connection.Extensions.HasFlag(SmtpExtensions.StartTls))
                {
                    throw new MailDeliveryException("The SMTP server does not offer STARTTLS, which the mail settings require.", isTransient: false);
                }

                await connection.CommandAsync("STARTTLS", 220, limit.Token);
                await connection.EncryptAsync(settings.Host, limit.Token);
                await connection.HelloAsync(limit.Token);
            }

            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await connection.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, limit.Token);
            }

            return connection;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await DisposeQuietlyAsync(connection, socket);
            throw new MailDeliveryException($"The SMTP server at {settings.Host}:{settings.Port} did not answer within {settings.TimeoutSeconds} s.", isTransient: true);
        }
        catch
        {
            await DisposeQuietlyAsync(connection, socket);
            throw;
        }
    }

    /// <summary>
    /// Sends one message to one recipient. <paramref name="content"/> is the message as serialised for the wire (CRLF
    /// line ends, 7-bit), not yet dot-stuffed; this adds the stuffing and the end mark.
    /// </summary>
    public async Task SendAsync(string sender, string recipient, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_timeout);
        try
        {
            await EnvelopeAsync(sender, recipient, limit.Token);
            DotStuffed(content.Span, _requests);
            await FlushAsync(limit.Token);
            var (code, text) = await ReadReplyAsync(limit.Token);
            if (code != 250)
            {
                await ResetAsync(limit.Token);
                throw Refused(code, text);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MailDeliveryException($"The SMTP server did not answer within {_timeout.TotalSeconds:0} s.", isTransient: true);
        }
    }

    /// <summary>Says <c>QUIT</c> when the connection still stands, then closes it.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.Connected)
            {
                using var limit = new CancellationTokenSource(_timeout);
                await CommandAsync("QUIT", 221, limit.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or MailDeliveryException or OperationCanceledException or ObjectDisposedException)
        {
            // The server went away first; nothing is left to close politely.
        }
        finally
        {
            await _stream.DisposeAsync();
        }
    }

    /// <summary>
    /// <c>MAIL FROM</c>, <c>RCPT TO</c> and <c>DATA</c>: in one write when the server pipelines, else one at a time. With
    /// pipelining every reply is read before deciding, so the conversation stays in step whatever was refused.
    /// </summary>
    private async Task EnvelopeAsync(string sender, string recipient, CancellationToken cancellationToken)
    {
        var mail = string.Create(CultureInfo.InvariantCulture, $"MAIL FROM:<{Envelope(sender)}>");
        var rcpt = string.Create(CultureInfo.InvariantCulture, $"RCPT TO:<{Envelope(recipient)}>");
        if (Extensions.HasFlag(SmtpExtensions.Pipelining))
        {
            Line(mail);
            Line(rcpt);
            Line("DATA");
            await FlushAsync(cancellationToken);
            var replies = new[] { await ReadReplyAsync(cancellationToken), await ReadReplyAsync(cancellationToken), await ReadReplyAsync(cancellationToken) };
            var refusal = replies[0].Code != 250 ? replies[0] : replies[1].Code is not (250 or 251) ? replies[1] : replies[2].Code != 354 ? replies[2] : default;
            if (refusal.Code == 0)
            {
                return;
            }

            if (replies[2].Code == 354)
            {
                // The server took DATA although the recipient was refused: end the empty message, which it must refuse.
                Line(".");
                await FlushAsync(cancellationToken);
                await ReadReplyAsync(cancellationToken);
            }

            await ResetAsync(cancellationToken);
            throw Refused(refusal.Code, refusal.Text);
        }

        foreach (var (command, expected) in new[] { (mail, 250), (rcpt, 251), ("DATA", 354) })
        {
            Line(command);
            await FlushAsync(cancellationToken);
            var (code, text) = await ReadReplyAsync(cancellationToken);
            if (code != expected && !(expected == 251 && code == 250))
            {
                await ResetAsync(cancellationToken);
                throw Refused(code, text);
            }
        }
    }

    private async Task HelloAsync(CancellationToken cancellationToken)
    {
        Line("EHLO " + LocalName());
        await FlushAsync(cancellationToken);
        var (code, text) = await ReadReplyAsync(cancellationToken);
        if (code == 250)
        {
            Extensions = ParseExtensions(text);
            return;
        }

        // A server from before ESMTP: HELO, and none of the extensions.
        await CommandAsync("HELO " + LocalName(), 250, cancellationToken);
        Extensions = SmtpExtensions.None;
    }

    private async Task AuthenticateAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var loopback = _socket.RemoteEndPoint is IPEndPoint remote && IPAddress.IsLoopback(remote.Address);
        if (!_encrypted && !loopback)
        {
            throw new MailDeliveryException("The mail settings give a user name, but the SMTP connection is not encrypted: a password is sent in clear only to this machine.", isTransient: false);
        }

        int code;
        string text;
        if (Extensions.HasFlag(SmtpExtensions.AuthPlain))
        {
            Line("AUTH PLAIN " + Convert.ToBase64String(Encoding.UTF8.GetBytes("\0" + userName + "\0" + password)));
            await FlushAsync(cancellationToken);
            (code, text) = await ReadReplyAsync(cancellationToken);
        }
        else if (Extensions.HasFlag(SmtpExtensions.AuthLogin))
        {
            await CommandAsync("AUTH LOGIN", 334, cancellationToken);
            await CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(userName)), 334, cancellationToken);
            Line(Convert.ToBase64String(Encoding.UTF8.GetBytes(password)));
            await FlushAsync(cancellationToken);
            (code, text) = await ReadReplyAsync(cancellationToken);
        }
        else
        {
            throw new MailDeliveryException("The SMTP server offers neither AUTH PLAIN nor AUTH LOGIN.", isTransient: false);
        }

        if (code != 235)
        {
            throw new MailDeliveryException($"The SMTP server refused the credentials: {code} {text}", isTransient: code is >= 400 and < 500, statusCode: code);
        }
    }

    private async Task EncryptAsync(string host, CancellationToken cancellationToken)
    {
        var tls = new SslStream(_stream, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, cancellationToken);
        _stream = tls;
        _start = _end = 0;
        _encrypted = true;
    }

    private async Task ResetAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CommandAsync("RSET", 250, cancellationToken);
        }
        catch (MailDeliveryException)
        {
            // A server that will not reset: the next message's MAIL FROM finds out, and the session is replaced then.
        }
    }

    private async Task CommandAsync(string command, int expected, CancellationToken cancellationToken)
    {
        Line(command);
        await FlushAsync(cancellationToken);
        await ExpectAsync(expected, cancellationToken);
    }

    private async Task ExpectAsync(int expected, CancellationToken cancellationToken)
    {
        var (code, text) = await ReadReplyAsync(cancellationToken);
        if (code != expected)
        {
            throw Refused(code, text);
        }
    }

    private static MailDeliveryException Refused(int code, string text) =>
        new($"The SMTP server refused the message: {code} {text}", isTransient: code < 500, statusCode: code);

    private void Line(string command)
    {
        var span = _requests.GetSpan(command.Length + 2);
        var written = Encoding.ASCII.GetBytes(command, span);
        span[written] = (byte)'\r';
        span[written + 1] = (byte)'\n';
        _requests.Advance(written + 2);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stream.WriteAsync(_requests.WrittenMemory, cancellationToken);
            await _stream.FlushAsync(cancellationToken);
        }
        finally
        {
            // Sent or not, these bytes are never sent again: a failed write leaves nothing for the next command.
            _requests.ResetWrittenCount();
        }
    }

    /// <summary>Reads one reply, all its lines (<c>250-…</c> continues, <c>250 …</c> ends); returns its code and its text, lines joined by LF.</summary>
    private async Task<(int Code, string Text)> ReadReplyAsync(CancellationToken cancellationToken)
    {
        StringBuilder? lines = null;
        while (true)
        {
            var newline = Array.IndexOf(_replies, (byte)'\n', _start, _end - _start);
            if (newline < 0)
            {
                await FillAsync(cancellationToken);
                continue;
            }

            var line = Encoding.ASCII.GetString(_replies, _start, newline - _start).TrimEnd('\r');
            _start = newline + 1;
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                throw new IOException("The SMTP server sent a line that is not a reply: " + line);
            }

            var text = line.Length > 4 ? line[4..] : string.Empty;
            if (line.Length > 3 && line[3] == '-')
            {
                (lines ??= new StringBuilder()).Append(text).Append('\n');
                continue;
            }

            return (code, lines is null ? text : lines.Append(text).ToString());
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Array.Copy(_replies, _start, _replies, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _replies.Length)
        {
            throw new IOException("The SMTP server sent a reply line longer than " + _replies.Length + " bytes.");
        }

        var read = await _stream.ReadAsync(_replies.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            throw new IOException("The SMTP server closed the connection.");
        }

        _end += read;
    }

    /// <summary>
    /// The content as it goes after <c>DATA</c>: a line that starts with a dot gets a second one (RFC 5321 §4.5.2), the
    /// last line is ended, and the end mark follows.
    /// </summary>
    internal static void DotStuffed(ReadOnlySpan<byte> content, IBufferWriter<byte> output)
    {
        var lineStart = true;
        while (!content.IsEmpty)
        {
            if (lineStart && content[0] == (byte)'.')
            {
                output.Write("."u8);
            }

            var newline = content.IndexOf((byte)'\n');
            var line = newline < 0 ? content : content[..(newline + 1)];
            output.Write(line);
            content = content[line.Length..];
            lineStart = newline >= 0;
        }

        output.Write(lineStart ? ".\r\n"u8 : "\r\n.\r\n"u8);
    }

    /// <summary>An address for the envelope: refused when it could break the command line; the domain in its ASCII form.</summary>
    private static string Envelope(string address)
    {
        if (address.AsSpan().IndexOfAny("\r\n<>") >= 0)
        {
            throw new MailDeliveryException("An envelope address contains a line break or an angle bracket.", isTransient: false);
        }

        var at = address.LastIndexOf('@');
        return at < 0 || Ascii.IsValid(address) ? address : address[..(at + 1)] + IdnDomains.GetAscii(address[(at + 1)..]);
    }

    private static readonly IdnMapping IdnDomains = new();

    /// <summary>The extensions an <c>EHLO</c> reply's text offers (one keyword per line after the first, RFC 5321 §4.1.1.1).</summary>
    internal static SmtpExtensions ParseExtensions(string ehloText)
    {
        var offered = SmtpExtensions.None;
        foreach (var line in ehloText.Split('\n').Skip(1))
        {
            var words = line.Split([' ', '='], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            offered |= words[0].ToUpperInvariant() switch
            {
                "PIPELINING" => SmtpExtensions.Pipelining,
                "STARTTLS" => SmtpExtensions.StartTls,
                "AUTH" => words.Skip(1).Aggregate(SmtpExtensions.None, (all, mechanism) => all | mechanism.ToUpperInvariant() switch
                {
                    "PLAIN" => SmtpExtensions.AuthPlain,
                    "LOGIN" => SmtpExtensions.AuthLogin,
                    _ => SmtpExtensions.None,
                }),
                _ => SmtpExtensions.None,
            };
        }

        return offered;
    }

    /// <summary>How this client names itself in <c>EHLO</c>: the host name when it is a domain, else the local address as a literal (RFC 5321 §4.1.3).</summary>
    private string LocalName()
    {
        var host = Dns.GetHostName();
        if (host.Contains('.', StringComparison.Ordinal) && Ascii.IsValid(host))
        {
            return host;
        }

        return _socket.LocalEndPoint is IPEndPoint { Address: var address }
            ? address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[IPv6:{address}]" : $"[{address}]"
            : "localhost";
    }

    private static async Task DisposeQuietlyAsync(SmtpConnection? connection, Socket socket)
    {
        if (connection is null)
        {
            socket.Dispose();
            return;
        }

        await connection._stream.DisposeAsync();
    }
}
