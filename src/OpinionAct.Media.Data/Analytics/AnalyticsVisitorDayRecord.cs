namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// The roll-up's memory of one visitor key on one day: the scopes it has already been counted in
/// (daily uniques), and the last article it viewed (to attribute a sign-up). Deleted with the day's
/// salt, once the next day is over: it is what makes "returning" mean "came the day before", no more.
/// </summary>
public sealed class AnalyticsVisitorDayRecord
{
    public DateOnly Day { get; set; }

    public long VisitorKey { get; set; }

    /// <summary>Scopes already counted, as "kind:id" separated by spaces ("0:0 1:12 2:3 4:1").</summary>
    public string Scopes { get; set; } = string.Empty;

    public int LastArticleId { get; set; }

    public int LastSource { get; set; }

    public string? LastCampaign { get; set; }
}
