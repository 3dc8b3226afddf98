namespace OpinionAct.Media.Newsletters;

/// <summary>One connected SMTP session. Not thread-safe: one sender at a time.</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <summary>
    /// Sends one message. Throws <see cref="MailDeliveryException"/> when the server refuses it:
    /// transient (4xx, connection lost) or permanent (5xx).
    /// </summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
