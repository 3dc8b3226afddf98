using Microsoft.Extensions.Options;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>Our SMTP conversation against a real listening server: pipelined or not, refusals, authentication, TLS demands.</summary>
public sealed class SmtpConnectionTests
{
    private static SmtpMailTransport TransportFor(ScriptedSmtpServer server, SmtpTlsMode tls = SmtpTlsMode.None, string? user = null, string? password = null) =>
        new(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, TlsMode = tls, UserName = user, Password = password, TimeoutSeconds = 10 }), TimeProvider.System);

    private static EmailMessage Message(string to, string text = "Bonjour à tous") =>
        new(new EmailMailbox("Énergies Claires", "news@energies.example"), new EmailMailbox(null, to), "La lettre", "<p>" + text + "</p>", text);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Session_should_carry_the_next_message_when_the_server_refused_a_recipient(bool pipelining)
    {
        await using var server = new ScriptedSmtpServer { Pipelining = pipelining, OnRecipient = (address, _) => address.StartsWith("gone", StringComparison.Ordinal) ? "550 5.1.1 No such user" : null };
        await using (var session = await TransportFor(server).OpenAsync("demo", CancellationToken.None))
        {
            await session.SendAsync(Message("first@reader.example"), CancellationToken.None);
            var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => session.SendAsync(Message("gone@reader.example"), CancellationToken.None));
            await session.SendAsync(Message("last@reader.example"), CancellationToken.None);

            Assert.False(refused.IsTransient);
            Assert.Equal(550, refused.StatusCode);
        }

        Assert.Equal(["first@reader.example", "last@reader.example"], server.Envelopes.Select(e => e.Recipients));
        Assert.Equal(1, server.Connections);
        Assert.Contains("RSET", server.Commands);
    }

    [Fact]
    public async Task Session_should_report_a_busy_mailbox_as_transient_with_its_code()
    {
        await using var server = new ScriptedSmtpServer { Pipelining = true, OnRecipient = (_, _) => "451 4.2.1 Mailbox busy, try later" };
        await using var session = await TransportFor(server).OpenAsync("demo", CancellationToken.None);

        var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => session.SendAsync(Message("busy@reader.example"), CancellationToken.None));

        Assert.True(refused.IsTransient);
        Assert.Equal(451, refused.StatusCode);
        Assert.Equal(0, server.Count);
    }

    [Fact]
    public async Task Session_should_send_lines_that_start_with_a_dot_intact()
    {
        await using var server = new ScriptedSmtpServer { Pipelining = true };
        const string text = ".Une ligne qui commence par un point\n.\n..et deux";
        await using (var session = await TransportFor(server).OpenAsync("demo", CancellationToken.None))
        {
            await session.SendAsync(Message("a@reader.example", text), CancellationToken.None);
        }

        Assert.Equal(text, server.Messages.Single().TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public async Task Transport_should_authenticate_with_plain_and_send_when_the_credentials_are_right()
    {
        await using var server = new ScriptedSmtpServer { RequiredLogin = ("lettres", "s3cret-é") };
        await using (var session = await TransportFor(server, user: "lettres", password: "s3cret-é").OpenAsync("demo", CancellationToken.None))
        {
            await session.SendAsync(Message("a@reader.example"), CancellationToken.None);
        }

        Assert.Equal(1, server.Count);
    }

    [Fact]
    public async Task Transport_should_report_refused_credentials_as_final_and_send_nothing()
    {
        await using var server = new ScriptedSmtpServer { RequiredLogin = ("lettres", "s3cret") };

        var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => TransportFor(server, user: "lettres", password: "wrong").OpenAsync("demo", CancellationToken.None));

        Assert.False(refused.IsTransient);
        Assert.Equal(535, refused.StatusCode);
        Assert.Contains("credentials", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Count);
    }

    [Fact]
    public async Task Transport_should_refuse_to_go_on_when_starttls_is_required_and_not_offered()
    {
        await using var server = new ScriptedSmtpServer();

        var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => TransportFor(server, SmtpTlsMode.StartTls, "lettres", "s3cret").OpenAsync("demo", CancellationToken.None));

        Assert.False(refused.IsTransient);
        Assert.Contains("STARTTLS", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Commands, c => c.StartsWith("AUTH", StringComparison.Ordinal) || c.StartsWith("MAIL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transport_should_fall_back_to_plain_text_when_starttls_is_only_wanted_and_not_offered()
    {
        await using var server = new ScriptedSmtpServer();
        await using (var session = await TransportFor(server, SmtpTlsMode.StartTlsWhenAvailable).OpenAsync("demo", CancellationToken.None))
        {
            await session.SendAsync(Message("a@reader.example"), CancellationToken.None);
        }

        Assert.Equal(1, server.Count);
        Assert.DoesNotContain("STARTTLS", server.Commands);
    }

    [Fact]
    public async Task Transport_should_send_no_password_and_no_message_when_the_servers_certificate_is_not_trusted()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=127.0.0.1", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        await using var server = new ScriptedSmtpServer { Certificate = certificate, RequiredLogin = ("lettres", "s3cret") };

        var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => TransportFor(server, SmtpTlsMode.StartTlsWhenAvailable, "lettres", "s3cret").OpenAsync("demo", CancellationToken.None));

        Assert.True(refused.IsTransient);
        Assert.Contains("certificate", refused.Message, StringComparison.OrdinalIgnoreCase); // refused by us, not a handshake gone wrong
        Assert.Contains("STARTTLS", server.Commands);
        Assert.DoesNotContain(server.Commands, c => c.StartsWith("AUTH", StringComparison.Ordinal) || c.StartsWith("MAIL", StringComparison.Ordinal));
    }
}
