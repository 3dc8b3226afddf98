namespace OpinionAct.Media.Insights;

/// <summary>The <c>Media:Insights</c> section: the usefulness score's weights and targets (see docs/insights.md).</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Media:Insights";

    public double EngagementWeight { get; set; } = 0.35;

    public double CompletionWeight { get; set; } = 0.25;

    public double ReturnWeight { get; set; } = 0.2;

    public double SignupWeight { get; set; } = 0.2;

    /// <summary>Average engaged seconds per view that counts as full marks for engagement.</summary>
    public double EngagedSecondsTarget { get; set; } = 120;

    /// <summary>Sign-ups per 1,000 views that count as full marks for sign-ups.</summary>
    public double SignupsPerThousandViewsTarget { get; set; } = 5;

    /// <summary>Below this many views in the period a topic gets no score (too little evidence).</summary>
    public int MinimumViews { get; set; } = 1;
}
