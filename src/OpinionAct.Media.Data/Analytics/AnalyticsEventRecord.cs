namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// One raw event, kept <c>RetentionDays</c> then purged. No IP address, no user agent, no full
/// referrer: the visitor key is a hash under a salt that is destroyed after two days.
/// Written with plain ADO.NET by the group-commit writer (see AnalyticsEventWriter).
/// </summary>
public sealed class AnalyticsEventRecord
{
    public long Id { get; set; }

    /// <summary>The UTC day, which is also the salt's day (ids grow with time, so the id orders events within it).</summary>
    public DateOnly Day { get; set; }

    public int Type { get; set; }

    /// <summary>64 bits of HMAC-SHA256(day's salt, tenant, IP, user agent).</summary>
    public long VisitorKey { get; set; }

    /// <summary>The same hash under the previous day's salt (0 when gone): recognises yesterday's visitors, nothing older.</summary>
    public long PreviousVisitorKey { get; set; }

    /// <summary>The article the page shows; 0 for other pages.</summary>
    public int ArticleId { get; set; }

    public required string Path { get; set; }

    public int Source { get; set; }

    public string? Campaign { get; set; }

    public string? ReferrerHost { get; set; }

    public string? TargetHost { get; set; }

    public int EngagedSeconds { get; set; }

    public int? ScrollDepth { get; set; }

    public string? Query { get; set; }

    public int? Position { get; set; }
}
