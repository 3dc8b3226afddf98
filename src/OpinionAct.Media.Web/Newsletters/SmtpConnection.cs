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

            Expect(await connection.ReadReplyAsync(limit.Token), 220);
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
            SmtpWire.DotStuffed(content.Span, _requests);
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
        string[] commands = ["MAIL FROM:<" + SmtpWire.EnvelopeAddress(sender) + ">", "RCPT TO:<" + SmtpWire.EnvelopeAddress(recipient) + ">", "DATA"];
        var replies = new (int Code, string Text)[commands.Length];
        if (Extensions.HasFlag(SmtpExtensions.Pipelining))
        {
            foreach (var command in commands)
            {
                Line(command);
            }

            await FlushAsync(cancellationToken);
            for (var step = 0; step < commands.Length; step++)
            {
                replies[step] = await ReadReplyAsync(cancellationToken);
            }
        }
        else
        {
            for (var step = 0; step < commands.Length && (step == 0 || Accepted(step - 1, replies[step - 1].Code)); step++)
            {
                replies[step] = await AskAsync(commands[step], cancellationToken);
            }
        }

        var refused = 0;
        while (refused < commands.Length && Accepted(refused, replies[refused].Code))
        {
            refused++;
        }

        if (refused == commands.Length)
        {
            return;
        }

        if (replies[^1].Code == 354)
        {
            // The server took DATA although the recipient was refused: end the empty message, which it must refuse.
            await AskAsync(".", cancellationToken);
        }

        await ResetAsync(cancellationToken);
        throw Refused(replies[refused].Code, replies[refused].Text);
    }

    /// <summary>The reply that lets the envelope go on: 250 to <c>MAIL FROM</c>, 250 or 251 to <c>RCPT TO</c>, 354 to <c>DATA</c>.</summary>
    private static bool Accepted(int step, int code) => step switch
    {
        0 => code == 250,
        1 => code is 250 or 251,
        _ => code == 354,
    };

    private async Task HelloAsync(CancellationToken cancellationToken)
    {
        var (code, text) = await AskAsync("EHLO " + LocalName(), cancellationToken);
        if (code == 250)
        {
            Extensions = SmtpWire.ParseExtensions(text);
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

        (int Code, string Text) reply;
        if (Extensions.HasFlag(SmtpExtensions.AuthPlain))
        {
            reply = await AskAsync("AUTH PLAIN " + Base64("\0" + userName + "\0" + password), cancellationToken);
        }
        else if (Extensions.HasFlag(SmtpExtensions.AuthLogin))
        {
            await CommandAsync("AUTH LOGIN", 334, cancellationToken);
            await CommandAsync(Base64(userName), 334, cancellationToken);
            reply = await AskAsync(Base64(password), cancellationToken);
        }
        else
        {
            throw new MailDeliveryException("The SMTP server offers neither AUTH PLAIN nor AUTH LOGIN.", isTransient: false);
        }

        var (code, text) = reply;

        if (code != 235)
        {
            throw new MailDeliveryException($"The SMTP server refused the credentials: {code} {text}", isTransient: code is >= 400 and < 500, statusCode: code);
        }
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

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

    /// <summary>Sends one command line and reads its reply.</summary>
    private async Task<(int Code, string Text)> AskAsync(string command, CancellationToken cancellationToken)
    {
        Line(command);
        await FlushAsync(cancellationToken);
        return await ReadReplyAsync(cancellationToken);
    }

    private async Task CommandAsync(string command, int expected, CancellationToken cancellationToken) =>
        Expect(await AskAsync(command, cancellationToken), expected);

    private static void Expect((int Code, string Text) reply, int expected)
    {
        if (reply.Code != expected)
        {
            throw Refused(reply.Code, reply.Text);
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
