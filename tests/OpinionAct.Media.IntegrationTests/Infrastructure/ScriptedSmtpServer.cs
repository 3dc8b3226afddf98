using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// A small SMTP server on a loopback port whose answers a test scripts: per recipient (4xx or 5xx at RCPT), and
/// before the reply to DATA (to hold a message while the test kills the sender). A message counts as received
/// only once its 250 reply was written, as with a real MTA; a connection lost before that loses the message.
/// Fast enough to be the sink of the sending benchmark (it keeps messages only when asked).
/// </summary>
public sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _received = new();
    private readonly ConcurrentQueue<(string Sender, string Recipients)> _envelopes = new();
    private readonly ConcurrentQueue<string> _mailCommands = new();
    private readonly bool _keep;
    private readonly Task _accepting;
    private int _count;
    private int _arrived;
    private int _connections;

    public ScriptedSmtpServer(bool keepMessages = true)
    {
        _keep = keepMessages;
        _listener.Start(512);
        _accepting = AcceptAsync();
    }

    /// <summary>The reply to RCPT TO for (address, attempt number from 1), or null for 250.</summary>
    public Func<string, int, string?>? OnRecipient { get; set; }

    /// <summary>Offer PIPELINING (RFC 2920) in the EHLO reply.</summary>
    public bool Pipelining { get; init; }

    /// <summary>When set, offer AUTH PLAIN and refuse MAIL FROM until a client gave this user name and password.</summary>
    public (string UserName, string Password)? RequiredLogin { get; init; }

    /// <summary>When set, offer STARTTLS and upgrade with this certificate.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate { get; init; }

    /// <summary>Every command line in the order it arrived (AUTH lines included), for tests of the conversation itself.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    private readonly ConcurrentQueue<string> _commands = new();

    /// <summary>Awaited after the message's data arrived and before its 250 reply (its number counts from 1).</summary>
    public Func<int, Task>? BeforeAccept { get; set; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Messages accepted (250 written).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>SMTP connections opened so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public IReadOnlyList<MimeMessage> Messages =>
        _received.Select(raw => MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(raw)))).ToList();

    /// <summary>The envelope (MAIL FROM, and RCPT TO joined by spaces) of every accepted message.</summary>
    public IReadOnlyList<(string Sender, string Recipients)> Envelopes => [.. _envelopes];

    /// <summary>Every <c>MAIL FROM</c> line as the client sent it, parameters included.</summary>
    public IReadOnlyList<string> MailCommands => [.. _mailCommands];

    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Media:Smtp:Host", "127.0.0.1"),
        new("Media:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Media:Smtp:TlsMode", "None"),
        new("Media:Smtp:TimeoutSeconds", "10"),
    ];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        try
        {
            // Not disposed one by one: STARTTLS replaces them, and closing the client closes what is under them.
            Stream stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.Latin1, false, 64 * 1024);
            var writer = new StreamWriter(stream, Encoding.Latin1, 4096) { NewLine = "\r\n" };
            await ReplyAsync(writer, "220 scripted ESMTP");
            var recipients = new List<string>();
            var sender = string.Empty;
            var authenticated = RequiredLogin is null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                _commands.Enqueue(line);
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await ReplyAsync(writer, "250-scripted\r\n250-8BITMIME\r\n" + (Pipelining ? "250-PIPELINING\r\n" : string.Empty) + (RequiredLogin is null ? string.Empty : "250-AUTH PLAIN\r\n") + (Certificate is null ? string.Empty : "250-STARTTLS\r\n") + "250 SIZE 52428800");
                        break;
                    case "STAR" when Certificate is not null:
                        await ReplyAsync(writer, "220 2.0.0 Ready to start TLS");
                        var tls = new System.Net.Security.SslStream(stream);
                        await tls.AuthenticateAsServerAsync(Certificate);
                        stream = tls;
                        reader = new StreamReader(stream, Encoding.Latin1, false, 64 * 1024);
                        writer = new StreamWriter(stream, Encoding.Latin1, 4096) { NewLine = "\r\n" };
                        break;
                    case "AUTH":
                        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{RequiredLogin?.UserName}\0{RequiredLogin?.Password}"));
                        authenticated = RequiredLogin is not null && line == "AUTH PLAIN " + expected;
                        await ReplyAsync(writer, authenticated ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
                        break;
                    case "HELO":
                    case "NOOP":
                        await ReplyAsync(writer, "250 OK");
                        break;
                    case "MAIL" when !authenticated:
                        await ReplyAsync(writer, "530 5.7.0 Authentication required");
                        break;
                    case "MAIL":
                        _mailCommands.Enqueue(line);
                        sender = Address(line);
                        recipients.Clear();
                        await ReplyAsync(writer, "250 OK");
                        break;
                    case "RSET":
                        recipients.Clear();
                        await ReplyAsync(writer, "250 OK");
                        break;
                    case "RCPT":
                        var address = Address(line);
                        var attempt = _attempts.AddOrUpdate(address, 1, (_, n) => n + 1);
                        var refusal = OnRecipient?.Invoke(address, attempt);
                        if (refusal is null)
                        {
                            recipients.Add(address);
                        }

                        await ReplyAsync(writer, refusal ?? "250 OK");
                        break;
                    case "DATA":
                        if (recipients.Count == 0)
                        {
                            await ReplyAsync(writer, "554 No valid recipients");
                            break;
                        }

                        await ReplyAsync(writer, "354 End data with <CR><LF>.<CR><LF>");
                        var data = _keep ? new StringBuilder(8192) : null;
                        var ended = false;
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine)
                        {
                            if (dataLine == ".")
                            {
                                ended = true;
                                break;
                            }

                            data?.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        // The sender died in the middle of the data (a node killed while sending): no end mark, no message.
                        if (!ended)
                        {
                            return;
                        }

                        var number = Interlocked.Increment(ref _arrived);
                        if (BeforeAccept is { } hold)
                        {
                            await hold(number);

                            // A sender killed while we held its message has closed the connection: never accept it.
                            if (client.Client.Poll(0, SelectMode.SelectRead) && client.Client.Available == 0)
                            {
                                return;
                            }
                        }

                        await ReplyAsync(writer, "250 OK queued");
                        Interlocked.Increment(ref _count);
                        _envelopes.Enqueue((sender, string.Join(' ', recipients)));
                        if (data is not null)
                        {
                            _received.Enqueue(data.ToString());
                        }

                        recipients.Clear();
                        break;
                    case "QUIT":
                        await ReplyAsync(writer, "221 Bye");
                        return;
                    default:
                        await ReplyAsync(writer, "502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            // The client went away, or refused our TLS certificate (or was killed): whatever was not answered with 250 is lost, as with a real MTA.
        }
    }

    private static async Task ReplyAsync(StreamWriter writer, string reply)
    {
        await writer.WriteAsync(reply);
        await writer.WriteAsync("\r\n");
        await writer.FlushAsync();
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[8..].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
