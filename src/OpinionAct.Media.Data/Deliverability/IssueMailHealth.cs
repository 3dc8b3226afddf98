namespace OpinionAct.Media.Data.Deliverability;

/// <summary>One issue's delivery health: messages accepted by the relay, and the bounces and complaints reported for it.</summary>
public sealed record IssueMailHealth(int IssueId, int Sent, int HardBounces, int SoftBounces, int Complaints)
{
    public int Bounces => HardBounces + SoftBounces;

    /// <summary>Bounces per message sent (0 when nothing was sent).</summary>
    public double BounceRate => Sent == 0 ? 0 : (double)Bounces / Sent;

    public double ComplaintRate => Sent == 0 ? 0 : (double)Complaints / Sent;
}
