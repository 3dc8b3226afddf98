using MimeKit;
using netDumbster.smtp;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>A real SMTP server in process (netDumbster) on a free loopback port; received mail is parsed back with MimeKit.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly SimpleSmtpServer _server = SimpleSmtpServer.Start();

    public int Port => _server.Configuration.Port;

    public int Count => _server.ReceivedEmailCount;

    public IReadOnlyList<MimeMessage> Messages =>
        Received().Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();

    /// <summary>
    /// netDumbster copies its message list without a lock, so a copy taken while a session appends a message can throw
    /// (IndexOutOfRange or ArgumentException, seen in CI); the copy is simply taken again, since no message is lost.
    /// </summary>
    private SmtpMessage[] Received()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return _server.ReceivedEmail;
            }
            catch (Exception error) when (attempt < 20 && error is IndexOutOfRangeException or ArgumentException)
            {
                Thread.Sleep(5);
            }
        }
    }

    /// <summary>Configuration entries that point a host's default SMTP settings at this sink.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Media:Smtp:Host", "127.0.0.1"),
        new("Media:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Media:Smtp:TlsMode", "None"),
    ];

    public void Dispose() => _server.Dispose();
}
