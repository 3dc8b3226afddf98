namespace OpinionAct.Media.Newsletters;

/// <summary>
/// One rendered email, ready for the wire. Addresses are already validated; header values must
/// not contain CR or LF (the transport refuses them rather than fold them).
/// </summary>
public sealed record EmailMessage(
    EmailMailbox From,
    EmailMailbox To,
    string Subject,
    string HtmlBody,
    string TextBody)
{
    public EmailMailbox? ReplyTo { get; init; }

    /// <summary>The Message-ID without angle brackets; the transport generates one when null.</summary>
    public string? MessageId { get; init; }

    /// <summary>
    /// The SMTP envelope sender (<c>MAIL FROM</c>, where bounces go): a VERP address per recipient for issues; null for
    /// the session's default (the tenant's bounce address, else the From address).
    /// </summary>
    public string? EnvelopeFrom { get; init; }

    /// <summary>
    /// The bodies already encoded for the wire (issues: encoded once per send pass, see <see cref="EncodedBodies"/>); when
    /// set, the transport sends them and does not read <see cref="HtmlBody"/> and <see cref="TextBody"/>.
    /// </summary>
    public EncodedBodies? Encoded { get; init; }

    /// <summary>
    /// The same message already laid out for the wire (issues, see <see cref="IPrebuiltMessage"/>); the transport sends
    /// it as it is unless it signs the message, and then builds it from the other properties.
    /// </summary>
    public IPrebuiltMessage? Prebuilt { get; init; }

    /// <summary>Extra headers such as List-Unsubscribe and List-Unsubscribe-Post.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
