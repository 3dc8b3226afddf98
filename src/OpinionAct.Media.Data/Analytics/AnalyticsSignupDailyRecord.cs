namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// Newsletter sign-ups the server accepted from the hub's own forms, per day × article × traffic source, and how
/// many of them were confirmed by the emailed link (counted on the day of the sign-up, so Confirmed ≤ Accepted).
/// Written by the signup and the confirmation themselves, in their transactions; never from the tracker. Kept when
/// a subscriber deletes their data: the rows hold counts, not people.
/// </summary>
public sealed class AnalyticsSignupDailyRecord
{
    public DateOnly Day { get; set; }

    /// <summary>The published article whose page carried the form; 0 for any other page.</summary>
    public int ArticleId { get; set; }

    /// <summary>How the reader reached that page (<c>TrafficSource</c>), as the tracker classifies it.</summary>
    public int Source { get; set; }

    /// <summary>Requests that made a subscription pending and sent a confirmation email.</summary>
    public long Accepted { get; set; }

    /// <summary>Of those, the ones whose confirmation link was followed.</summary>
    public long Confirmed { get; set; }
}
