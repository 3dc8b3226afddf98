using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>The in-memory counters of a lone node (and of a member while Redis is away): the rules the Redis scripts mirror.</summary>
public sealed class LocalRateCountersTests
{
    private static readonly RateRule ThreePerMinute = new(3, TimeSpan.FromMinutes(1));

    [Fact]
    public async Task Fixed_window_should_refuse_past_the_limit_without_taking_and_wait_at_most_a_window()
    {
        using var counters = new LocalRateCounters(new AdjustableClock());

        Assert.Null(await counters.TakeAsync("k", ThreePerMinute, 2));
        var refused = await counters.TakeAsync("k", ThreePerMinute, 2);
        Assert.Null(await counters.TakeAsync("k", ThreePerMinute, 1));
        var full = await counters.TakeAsync("k", ThreePerMinute, 3);

        Assert.NotNull(refused);
        Assert.InRange(full!.Value, TimeSpan.FromTicks(1), ThreePerMinute.Window);
        Assert.Null(await counters.TakeAsync("other", ThreePerMinute, 3));
    }

    [Fact]
    public async Task Fixed_window_should_take_again_when_the_clock_has_passed_its_end()
    {
        var clock = new AdjustableClock();
        using var counters = new LocalRateCounters(clock);
        Assert.Null(await counters.TakeAsync("k", ThreePerMinute, 3));
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(40), await counters.TakeAsync("k", ThreePerMinute));
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Null(await counters.TakeAsync("k", ThreePerMinute, 3));
    }

    [Fact]
    public async Task Fixed_window_should_keep_its_count_when_idle_windows_are_swept()
    {
        var clock = new AdjustableClock();
        using var counters = new LocalRateCounters(clock);
        Assert.Null(await counters.TakeAsync("busy", ThreePerMinute, 3));
        Assert.Null(await counters.TakeAsync("idle", ThreePerMinute, 1));
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Null(await counters.TakeAsync("late", ThreePerMinute, 1));

        // More than the sweep interval later: this take sweeps "busy" and "idle" (over) but must keep "late" and its count.
        clock.Advance(TimeSpan.FromSeconds(35));
        Assert.NotNull(await counters.TakeAsync("late", ThreePerMinute, 3));
        Assert.Null(await counters.TakeAsync("late", ThreePerMinute, 2));
        Assert.NotNull(await counters.TakeAsync("late", ThreePerMinute, 1));
        Assert.Null(await counters.TakeAsync("busy", ThreePerMinute, 3));
        Assert.Null(await counters.TakeAsync("idle", ThreePerMinute, 3));
    }

    [Fact]
    public async Task Sliding_window_should_wait_until_the_oldest_event_leaves_it_when_the_limit_is_reached()
    {
        var clock = new AdjustableClock();
        using var counters = new LocalRateCounters(clock);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await counters.WaitAsync("k", ThreePerMinute));
            await counters.AddAsync("k", ThreePerMinute);
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(TimeSpan.FromSeconds(30), await counters.WaitAsync("k", ThreePerMinute));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(await counters.WaitAsync("k", ThreePerMinute));
    }

    [Fact]
    public async Task Sliding_window_should_forget_a_key_when_it_is_reset()
    {
        using var counters = new LocalRateCounters(new AdjustableClock());
        for (var i = 0; i < 3; i++)
        {
            await counters.AddAsync("k", ThreePerMinute);
        }

        await counters.ResetAsync("k");

        Assert.Null(await counters.WaitAsync("k", ThreePerMinute));
    }

    [Fact]
    public void Tenant_change_message_should_read_back_what_it_wrote_and_refuse_anything_else()
    {
        Assert.True(TenantChangeMessage.TryParse(new TenantChangeMessage("node:1:abc", "brand").Format(), out var message));
        Assert.Equal(new TenantChangeMessage("node:1:abc", "brand"), message);
        Assert.False(TenantChangeMessage.TryParse("no separator", out _));
        Assert.False(TenantChangeMessage.TryParse(null, out _));
    }
}
