using OpinionAct.Media.Insights;

namespace OpinionAct.Media.Tests.Insights;

public sealed class UsefulnessScoreTests
{
    private static readonly InsightsOptions Defaults = new();

    [Fact]
    public void Compute_should_be_100_when_every_signal_reaches_its_target() =>
        Assert.Equal(100, UsefulnessScore.Compute(Defaults, views: 1000, avgEngagedSeconds: 300, completionRate: 1, returningShare: 1, signups: 50));

    [Fact]
    public void Compute_should_weigh_each_signal_as_configured()
    {
        // E = 60/120 = 0.5, C = 0.4, R = 0.1, S = (2/1000*1000)/5 = 0.4
        var expected = Math.Round(100 * ((0.35 * 0.5) + (0.25 * 0.4) + (0.2 * 0.1) + (0.2 * 0.4)), 1);
        Assert.Equal(expected, UsefulnessScore.Compute(Defaults, 1000, 60, 0.4, 0.1, 2));

        var onlyReturn = new InsightsOptions { EngagementWeight = 0, CompletionWeight = 0, ReturnWeight = 1, SignupWeight = 0 };
        Assert.Equal(10, UsefulnessScore.Compute(onlyReturn, 1000, 60, 0.4, 0.1, 2));
    }

    [Fact]
    public void Compute_should_give_no_score_when_there_is_too_little_evidence()
    {
        Assert.Null(UsefulnessScore.Compute(Defaults, 0, 0, 0, 0, 0));
        Assert.Null(UsefulnessScore.Compute(new InsightsOptions { MinimumViews = 50 }, 49, 100, 1, 1, 1));
        Assert.Null(UsefulnessScore.Compute(new InsightsOptions { EngagementWeight = 0, CompletionWeight = 0, ReturnWeight = 0, SignupWeight = 0 }, 100, 100, 1, 1, 1));
    }

    [Fact]
    public void Compute_should_cap_each_signal_at_its_target() =>
        Assert.Equal(UsefulnessScore.Compute(Defaults, 100, 120, 0.5, 0.5, 0), UsefulnessScore.Compute(Defaults, 100, 100_000, 0.5, 0.5, 0));
}
