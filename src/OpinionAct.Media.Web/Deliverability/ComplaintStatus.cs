using OpinionAct.Media.Data.Deliverability;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>The complaint rate as the guard measures it now, and the pause if there is one.</summary>
public sealed record ComplaintStatus(SendingPauseRecord? Pause, DateTime WindowStartUtc, int Complaints, int MessagesSent, ListHygieneOptions Rule)
{
    public bool Paused => Pause?.PausedUtc is not null;

    public double Rate => MessagesSent == 0 ? 0 : (double)Complaints / MessagesSent;
}
