using MimeKit;
using MimeKit.Cryptography;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// One SMTP connection carrying many messages. A message that comes prebuilt (an issue's, <see cref="IssueWireTemplate"/>)
/// is copied out as it is, unless the hub signs its From domain; any other is built (<see cref="MimeMessageBuilder"/>),
/// prepared for 7-bit transport, signed with its From domain's DKIM key when the hub has one (DKIM signs headers, never
/// the envelope, so a return path of our own changes nothing to it) and serialised. Either way it is written once into a
/// buffer the session reuses, and sent with the message's envelope sender, or the tenant's bounce address
/// (<paramref name="returnPath"/>), or the From address.
/// </summary>
internal sealed class SmtpMailSession(SmtpConnection connection, TimeProvider clock, IReadOnlyDictionary<string, DkimSigner> signers, string? returnPath = null) : IMailSession
{
    /// <summary>CRLF line ends, as the wire wants them: nothing is converted on the way out.</summary>
    internal static readonly FormatOptions Wire = new() { NewLineFormat = NewLineFormat.Dos, EnsureNewLine = true };

    private readonly MemoryStream _content = new(32 * 1024);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        _content.SetLength(0);
        if (message.Prebuilt is { } prebuilt && !TenantDkimSigners.Signs(message.From.Address, signers))
        {
            prebuilt.WriteTo(_content, clock.GetUtcNow());
        }
        else
        {
            var mime = MimeMessageBuilder.Build(message, clock.GetUtcNow());
            mime.Prepare(EncodingConstraint.SevenBit);
            TenantDkimSigners.Sign(mime, signers);
            mime.WriteTo(Wire, _content, cancellationToken);
        }

        try
        {
            await connection.SendAsync(message.EnvelopeFrom ?? returnPath ?? message.From.Address, message.To.Address, _content.GetBuffer().AsMemory(0, (int)_content.Length), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw Classify(exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        await _content.DisposeAsync();
    }

    /// <summary>Replies arrive classified (4xx and lost connections are worth retrying, 5xx is final); anything else is the connection failing (reset, TLS handshake, closed), worth retrying.</summary>
    internal static MailDeliveryException Classify(Exception exception) =>
        exception as MailDeliveryException ?? new MailDeliveryException($"The SMTP connection failed: {exception.Message}", isTransient: true, innerException: exception);
}
