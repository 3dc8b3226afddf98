namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>A clock tests move forward, so scheduled publishing is tested without waiting.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
