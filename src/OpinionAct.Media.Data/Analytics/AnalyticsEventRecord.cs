using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// One raw event, kept <c>RetentionDays</c> then purged. No IP address, no user agent, no full
/// referrer: the visitor key is a hash under a salt that is destroyed after two days.
/// The single description of a stored event: the ingestion endpoint builds it (<see cref="From"/>), and
/// <see cref="AnalyticsEventStore"/> inserts it with columns and parameters taken from the EF model.
/// </summary>
public sealed class AnalyticsEventRecord
{
    public const int PathMaxLength = 300;
    public const int CampaignMaxLength = EventValidator.MaxUtmLength;
    public const int HostMaxLength = 255;
    public const int QueryMaxLength = EventValidator.MaxQueryLength;

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

    /// <summary>The ambassador whose verified, unrevoked share link the page URL carried; 0 for none.</summary>
    public int AmbassadorId { get; set; }

    /// <summary>The row of a validated event: what the validator kept, the reader's keys and the article the page shows, cut to the columns' sizes.</summary>
    public static AnalyticsEventRecord From(ValidEvent e, DateOnly day, long visitorKey, long previousVisitorKey, int articleId, int ambassadorId = 0)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new AnalyticsEventRecord
        {
            Day = day,
            Type = (int)e.Type,
            VisitorKey = visitorKey,
            PreviousVisitorKey = previousVisitorKey,
            ArticleId = articleId,
            Path = TextLimit.Cut(e.Path, PathMaxLength),
            Source = (int)e.Source,
            Campaign = e.Campaign,
            ReferrerHost = e.ReferrerHost is null ? null : TextLimit.Cut(e.ReferrerHost, HostMaxLength),
            TargetHost = e.TargetHost is null ? null : TextLimit.Cut(e.TargetHost, HostMaxLength),
            EngagedSeconds = e.EngagedSeconds,
            ScrollDepth = e.ScrollDepth,
            Query = e.Query,
            Position = e.Position,
            AmbassadorId = ambassadorId,
        };
    }
}
