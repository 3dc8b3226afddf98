using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.IntegrationTests.Tenancy;

/// <summary>The tenant table's next-work time: the due-time index every node and the CLI share.</summary>
public sealed class TenantNextWorkTests
{
    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Next_work_should_only_move_earlier_when_scheduled_and_tell_other_nodes_then(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var name = await host.CreateTenantAsync();
        var store = host.Get<ITenantStore>();
        var noon = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

        var before = await store.GetVersionAsync(default);
        await store.ScheduleWorkAsync(name, noon, default);
        var afterFirst = await store.GetVersionAsync(default);
        await store.ScheduleWorkAsync(name, noon.AddHours(1), default);
        var afterLater = await store.GetVersionAsync(default);

        Assert.True(afterFirst > before);
        Assert.Equal(afterFirst, afterLater);
        Assert.Equal(noon, (await store.FindAsync(name, default))!.NextWorkUtc);

        // A run at noon found nothing more: cleared. A time set by others after the run (later than it) is kept.
        await store.SetNextWorkAsync(name, noon, null, default);
        Assert.Null((await store.FindAsync(name, default))!.NextWorkUtc);
        await store.ScheduleWorkAsync(name, noon.AddMinutes(30), default);
        await store.SetNextWorkAsync(name, noon.AddMinutes(10), noon.AddHours(2), default);
        Assert.Equal(noon.AddMinutes(30), (await store.FindAsync(name, default))!.NextWorkUtc);
        await store.SetNextWorkAsync(name, noon.AddMinutes(10), noon.AddMinutes(20), default);
        Assert.Equal(noon.AddMinutes(20), (await store.FindAsync(name, default))!.NextWorkUtc);
    }
}
