namespace OpinionAct.Media.Newsletters;

/// <summary>
/// A message the SMTP server did not accept. <see cref="IsTransient"/> is true for 4xx replies
/// and lost connections (retry later), false for 5xx replies (the recipient fails).
/// </summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException(string message, bool isTransient, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
        StatusCode = statusCode;
    }

    public MailDeliveryException() { }

    public MailDeliveryException(string message) : base(message) { }

    public MailDeliveryException(string message, Exception innerException) : base(message, innerException) { }

    public bool IsTransient { get; }

    /// <summary>The SMTP reply code when the server gave one.</summary>
    public int? StatusCode { get; }
}
