using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Tests.Webhooks;

public sealed class WebhookBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromHours(2);

    [Fact]
    public void Delay_should_double_with_each_attempt_until_the_cap()
    {
        var delays = Enumerable.Range(1, 12).Select(a => WebhookBackoff.Delay(a, Base, Max, 1.0)).ToList();

        Assert.Equal(TimeSpan.FromSeconds(30), delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(60), delays[1]);
        Assert.Equal(TimeSpan.FromSeconds(120), delays[2]);
        Assert.Equal(Max, delays[^1]);
        Assert.All(delays.Zip(delays.Skip(1)), pair => Assert.True(pair.Second >= pair.First));
    }

    [Fact]
    public void Delay_should_keep_at_least_half_and_at_most_all_of_the_step_whatever_the_jitter()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), WebhookBackoff.Delay(3, Base, Max, 0.0));
        Assert.Equal(TimeSpan.FromSeconds(90), WebhookBackoff.Delay(3, Base, Max, 0.5));
        Assert.Equal(TimeSpan.FromHours(1), WebhookBackoff.Delay(40, Base, Max, 0.0));
    }
}
