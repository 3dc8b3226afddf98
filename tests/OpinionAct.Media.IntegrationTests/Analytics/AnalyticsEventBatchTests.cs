using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Analytics;

namespace OpinionAct.Media.IntegrationTests.Analytics;

/// <summary>
/// The group-commit writer's storage as EF sees it: on SQLite the writer binds values itself (by position, issue 15),
/// so what it writes must read and filter exactly like what EF writes, and a batch must still be all or nothing.
/// </summary>
public sealed class AnalyticsEventBatchTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Writer_should_store_rows_that_EF_filters_by_day_and_text_when_they_carry_accents(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var name = await host.CreateTenantAsync();
        var monday = new DateOnly(2026, 3, 2);
        const string path = "énergie/pompe-à-chaleur-2026";
        var rows = new List<AnalyticsEventRecord>
        {
            new() { Day = monday, VisitorKey = 1, Path = path, Query = "chauffe-eau ∆ œuvre" },
            new() { Day = monday, VisitorKey = 2, Path = "autre" },
            new() { Day = monday.AddDays(1), VisitorKey = 3, Path = path },
        };

        await host.Get<AnalyticsEventWriter>().WriteAsync(name, rows, default);

        await using var scope = await host.TenantScopeAsync(name);
        var events = scope.ServiceProvider.GetRequiredService<TenantDbContext>().AnalyticsEvents.AsNoTracking();
        Assert.Equal(2, await events.CountAsync(e => e.Day == monday));
        Assert.Equal(1, await events.CountAsync(e => e.Day > monday));
        Assert.Equal([1L, 3L], await events.Where(e => e.Path == path).OrderBy(e => e.Id).Select(e => e.VisitorKey).ToListAsync());
        Assert.Equal("chauffe-eau ∆ œuvre", await events.Where(e => e.VisitorKey == 1).Select(e => e.Query).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Writer_should_store_nothing_of_a_batch_and_then_the_next_one_when_a_row_is_refused(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var name = await host.CreateTenantAsync();
        var writer = host.Get<AnalyticsEventWriter>();
        var day = new DateOnly(2026, 3, 2);

        // The third row breaks the path's NOT NULL constraint after two rows were inserted in the same transaction.
        var broken = new List<AnalyticsEventRecord>
        {
            new() { Day = day, VisitorKey = 1, Path = "a" },
            new() { Day = day, VisitorKey = 2, Path = "b" },
            new() { Day = day, VisitorKey = 3, Path = null! },
        };
        await Assert.ThrowsAnyAsync<Exception>(() => writer.WriteAsync(name, broken, default));
        await writer.WriteAsync(name, [new AnalyticsEventRecord { Day = day, VisitorKey = 4, Path = "c" }], default);

        await using var scope = await host.TenantScopeAsync(name);
        Assert.Equal([4L], await scope.ServiceProvider.GetRequiredService<TenantDbContext>().AnalyticsEvents.Select(e => e.VisitorKey).ToListAsync());
    }
}
