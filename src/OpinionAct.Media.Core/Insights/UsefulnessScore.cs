namespace OpinionAct.Media.Insights;

/// <summary>
/// An explainable 0–100 score per topic: a weighted mean of four signals, each capped at 1.
/// <code>
/// E = min(1, avgEngagedSecondsPerView / EngagedSecondsTarget)
/// C = completionRate                       (views read to ≥ 75 %)
/// R = returningShare                       (daily visitors who also came the day before)
/// S = min(1, signupsPer1000Views / SignupsPerThousandViewsTarget)
/// score = 100 × (wE·E + wC·C + wR·R + wS·S) / (wE + wC + wR + wS)
/// </code>
/// </summary>
public static class UsefulnessScore
{
    public static double? Compute(InsightsOptions options, long views, double avgEngagedSeconds, double completionRate, double returningShare, long signups)
    {
        ArgumentNullException.ThrowIfNull(options);
        var weights = options.EngagementWeight + options.CompletionWeight + options.ReturnWeight + options.SignupWeight;
        if (views < Math.Max(1, options.MinimumViews) || weights <= 0)
        {
            return null;
        }

        var engagement = Cap(avgEngagedSeconds / options.EngagedSecondsTarget);
        var signupRate = Cap(signups * 1000.0 / views / options.SignupsPerThousandViewsTarget);
        var total = (options.EngagementWeight * engagement)
            + (options.CompletionWeight * Cap(completionRate))
            + (options.ReturnWeight * Cap(returningShare))
            + (options.SignupWeight * signupRate);
        return Math.Round(100 * total / weights, 1);
    }

    private static double Cap(double value) => double.IsFinite(value) ? Math.Clamp(value, 0, 1) : 0;
}
