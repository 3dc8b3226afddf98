namespace OpinionAct.Media.Deliverability;

/// <summary>The kind of mail found in the bounce mailbox.</summary>
public enum BounceMessageType
{
    /// <summary>Not a report at all (an auto-reply, spam, a person writing back): ignored and moved.</summary>
    NotAReport,

    /// <summary>A delivery status notification (RFC 3464, <c>multipart/report; report-type=delivery-status</c>).</summary>
    DeliveryStatus,

    /// <summary>A complaint (ARF, RFC 5965, <c>multipart/report; report-type=feedback-report</c>).</summary>
    Feedback,

    /// <summary>Claims to be a report but cannot be read (no status part, no recipient, no feedback type): counted, moved.</summary>
    Malformed,
}
