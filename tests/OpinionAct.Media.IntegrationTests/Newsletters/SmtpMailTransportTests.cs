using Microsoft.Extensions.Options;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class SmtpMailTransportTests
{
    private static SmtpMailTransport TransportFor(SmtpSink sink) =>
        new(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, TlsMode = SmtpTlsMode.None, TimeoutSeconds = 10 }), TimeProvider.System);

    private static EmailMessage Message(string to, string subject = "Les énergies de la semaine") =>
        new(new EmailMailbox("Énergies Claires", "news@energies.example"), new EmailMailbox(null, to), subject, "<p>Bonjour à tous</p>", "Bonjour à tous")
        {
            ReplyTo = new EmailMailbox("Rédaction", "redaction@energies.example"),
            Headers = new Dictionary<string, string> { ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click" },
        };

    [Fact]
    public async Task Transport_should_send_many_messages_over_one_session_with_both_parts_and_headers()
    {
        using var sink = new SmtpSink();
        await using (var session = await TransportFor(sink).OpenAsync("demo", CancellationToken.None))
        {
            await session.SendAsync(Message("a@reader.example"), CancellationToken.None);
            await session.SendAsync(Message("b@reader.example"), CancellationToken.None);
        }

        await Eventually.TrueAsync(() => Task.FromResult(sink.Count == 2), TimeSpan.FromSeconds(10), "two messages received");
        var received = sink.Messages.Single(m => m.To.Mailboxes.Single().Address == "b@reader.example");
        Assert.Equal("Les énergies de la semaine", received.Subject);
        Assert.Equal("Énergies Claires", received.From.Mailboxes.Single().Name);
        Assert.Equal("redaction@energies.example", received.ReplyTo.Mailboxes.Single().Address);
        Assert.EndsWith("@energies.example", received.MessageId, StringComparison.Ordinal);
        Assert.NotEqual(default, received.Date);
        Assert.Equal("List-Unsubscribe=One-Click", received.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("Bonjour à tous", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Bonjour à tous</p>", received.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transport_should_refuse_a_header_with_a_line_break_and_send_nothing()
    {
        using var sink = new SmtpSink();
        await using var session = await TransportFor(sink).OpenAsync("demo", CancellationToken.None);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() =>
            session.SendAsync(Message("a@reader.example", "Hello\r\nBcc: victim@example.com"), CancellationToken.None));

        Assert.False(error.IsTransient);
        await Task.Delay(200);
        Assert.Equal(0, sink.Count);
    }

    [Fact]
    public async Task Transport_should_report_an_unreachable_server_as_transient()
    {
        int port;
        using (var sink = new SmtpSink())
        {
            port = sink.Port;
        }

        var transport = new SmtpMailTransport(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port, TlsMode = SmtpTlsMode.None, TimeoutSeconds = 5 }), TimeProvider.System);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => transport.OpenAsync("demo", CancellationToken.None));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Transport_should_send_without_counting_the_size_first_when_the_server_offers_SIZE()
    {
        await using var server = new ScriptedSmtpServer();
        var transport = new SmtpMailTransport(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, TlsMode = SmtpTlsMode.None, TimeoutSeconds = 10 }), TimeProvider.System);
        await using (var session = await transport.OpenAsync("demo", CancellationToken.None))
        {
            await session.SendAsync(Message("a@reader.example"), CancellationToken.None);
        }

        await Eventually.TrueAsync(() => Task.FromResult(server.Count == 1), TimeSpan.FromSeconds(10), "one message received");
        var mail = Assert.Single(server.MailCommands);
        Assert.StartsWith("MAIL FROM:<news@energies.example>", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("SIZE=", mail, StringComparison.OrdinalIgnoreCase);
    }
}
