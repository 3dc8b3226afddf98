using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Cryptography;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// One MailKit connection; signs each message with its From domain's DKIM key when the hub has one (DKIM signs headers,
/// never the envelope, so a return path of our own changes nothing to it); sends with the message's envelope sender, or
/// the tenant's bounce address (<paramref name="returnPath"/>), or the From address; turns server refusals into
/// <see cref="MailDeliveryException"/>.
/// </summary>
internal sealed class SmtpMailSession(SmtpClient client, TimeProvider clock, IReadOnlyDictionary<string, DkimSigner> signers, string? returnPath = null) : IMailSession
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = MimeMessageBuilder.Build(message, clock.GetUtcNow());
        TenantDkimSigners.Sign(mime, signers);
        try
        {
            if ((message.EnvelopeFrom ?? returnPath) is { } sender)
            {
                await client.SendAsync(mime, new MailboxAddress(null, sender), mime.To.Mailboxes.Concat(mime.Cc.Mailboxes).Concat(mime.Bcc.Mailboxes), cancellationToken);
            }
            else
            {
                await client.SendAsync(mime, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw Classify(exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ProtocolException or SmtpCommandException or ServiceNotConnectedException)
        {
            // The server went away first; nothing is left to close politely.
        }
        finally
        {
            client.Dispose();
        }
    }

    /// <summary>4xx replies and broken connections are worth retrying; 5xx replies are final for that recipient.</summary>
    internal static MailDeliveryException Classify(Exception exception) => exception switch
    {
        MailDeliveryException delivery => delivery,
        SmtpCommandException command => new MailDeliveryException(
            $"The SMTP server refused the message: {(int)command.StatusCode} {command.Message}",
            isTransient: (int)command.StatusCode < 500,
            statusCode: (int)command.StatusCode,
            innerException: command),
        AuthenticationException => new MailDeliveryException("The SMTP server refused the credentials.", isTransient: false, innerException: exception),
        _ => new MailDeliveryException($"The SMTP connection failed: {exception.Message}", isTransient: true, innerException: exception),
    };
}
