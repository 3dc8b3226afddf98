namespace OpinionAct.Media.Data.Deliverability;

/// <summary>
/// "Still interested?": the subscribers of one newsletter who confirmed before <see cref="SubscribedBeforeUtc"/> are each
/// sent a confirmation request (a consent record with <c>Source = Repermission</c>); at <see cref="DeadlineUtc"/> those who
/// were asked and did not confirm are unsubscribed. The counts are written when the campaign closes.
/// </summary>
public sealed class RepermissionCampaignRecord
{
    public int Id { get; set; }

    public int NewsletterId { get; set; }

    /// <summary>Subscriptions confirmed before this time are asked.</summary>
    public DateTime SubscribedBeforeUtc { get; set; }

    public DateTime DeadlineUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The editor who started it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Subscribers asked (consent records created).</summary>
    public int Asked { get; set; }

    public DateTime? ClosedUtc { get; set; }

    /// <summary>Confirmed before the deadline (written at close).</summary>
    public int Kept { get; set; }

    /// <summary>Mailed, did not confirm, unsubscribed at close.</summary>
    public int Removed { get; set; }

    /// <summary>Never mailed (every attempt failed): left subscribed, because nobody is removed without being asked.</summary>
    public int NotReached { get; set; }
}
