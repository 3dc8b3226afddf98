namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// Additive figures per day × article × source × campaign; rolled up from raw events and kept after
/// they are purged. Article 0 is every page that is not an article (home, topics, search...).
/// </summary>
public sealed class AnalyticsDailyRecord
{
    public DateOnly Day { get; set; }

    public int ArticleId { get; set; }

    public int Source { get; set; }

    /// <summary>UTM campaign for newsletter and campaign visits; empty otherwise (part of the key).</summary>
    public string Campaign { get; set; } = string.Empty;

    public long Views { get; set; }

    public long EngagedSeconds { get; set; }

    public long Engagements { get; set; }

    /// <summary>Engagement events reporting a scroll depth of at least 75 %.</summary>
    public long Completions { get; set; }

    /// <summary>Newsletter sign-ups whose visitor last viewed this article (same day) before subscribing.</summary>
    public long Signups { get; set; }

    public long Shares { get; set; }

    public long Outbound { get; set; }

    public long Searches { get; set; }

    public long SearchClicks { get; set; }
}
