namespace OpinionAct.Media.Web.Deliverability;

/// <summary><c>Media:ListHygiene</c>: when readers' complaints pause a hub's sending.</summary>
public sealed class ListHygieneOptions
{
    public const string SectionName = "Media:ListHygiene";

    /// <summary>Complaints per message sent above which sending pauses: 0.3 %, the rate Gmail's and Yahoo's bulk-sender rules tell senders never to reach.</summary>
    public double ComplaintPauseRate { get; set; } = 0.003;

    /// <summary>How far back complaints and messages are counted (no earlier than the last resume).</summary>
    public TimeSpan ComplaintWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Messages the window must hold before the rate counts: on a small list one complaint is noise (1 of 200 is
    /// 0.5 %), and pausing a hub for it would teach editors to resume without reading.
    /// </summary>
    public int ComplaintMinimumMessages { get; set; } = 500;
}
