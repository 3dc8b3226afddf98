namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// A subscriber's relation to one newsletter. Only <see cref="SubscriptionState.Confirmed"/>
/// subscriptions of unsuppressed subscribers receive issues.
/// </summary>
public sealed class SubscriptionRecord
{
    public int SubscriberId { get; set; }

    public int NewsletterId { get; set; }

    public SubscriptionState State { get; set; }

    public DateTime RequestedUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public DateTime? UnsubscribedUtc { get; set; }

    public NewsletterRecord? Newsletter { get; set; }
}
