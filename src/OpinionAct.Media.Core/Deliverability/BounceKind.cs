namespace OpinionAct.Media.Deliverability;

/// <summary>What a report says about one recipient (the suppression rules decide what follows).</summary>
public enum BounceKind
{
    /// <summary>Failed for good (DSN <c>Action: failed</c>, <c>Status: 5.x.x</c>).</summary>
    Hard,

    /// <summary>Failed for now (DSN <c>Action: failed</c>, <c>Status: 4.x.x</c>: the remote MTA gave up retrying).</summary>
    Soft,

    /// <summary>The reader marked the message as spam (ARF <c>Feedback-Type: abuse</c> or <c>fraud</c>).</summary>
    Complaint,
}
