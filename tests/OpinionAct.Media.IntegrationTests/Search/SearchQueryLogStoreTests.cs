using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Search;

/// <summary>
/// The search log's writes on both providers: a batch, cut into several statements, is stored whole with the ids the
/// node chose and every column as EF reads it back; a batch holding an id already taken stores nothing, and its other
/// rows can then be stored one by one.
/// </summary>
public sealed class SearchQueryLogStoreTests
{
    // To the microsecond: PostgreSQL keeps no finer time, whoever writes it.
    private static readonly DateTime At = new DateTime(2026, 12, 7, 23, 59, 58, 123, DateTimeKind.Utc).AddTicks(4560);

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Batch_should_be_stored_whole_with_its_ids_and_columns_when_it_spans_several_statements(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha");
        var rows = Enumerable.Range(1, (SearchQueryLogStore.RowsPerStatement * 2) + 3).Select(i => Row(9_000_000 + i)).ToList();

        await host.Get<SearchQueryLogStore>().AddRangeAsync("alpha", rows, default);

        Assert.Equal(rows.Select(Shown), await StoredAsync(host));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Batch_with_an_id_already_taken_should_store_none_of_its_rows_and_then_each_other_row_alone(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha");
        var store = host.Get<SearchQueryLogStore>();
        await store.AddRangeAsync("alpha", [Row(9_000_001)], default);
        List<SearchQueryRecord> batch = [Row(9_000_002), Row(9_000_001), Row(9_000_003)];

        await Assert.ThrowsAsync<DbUpdateException>(() => store.AddRangeAsync("alpha", batch, default));
        var afterFailedBatch = await StoredAsync(host);
        var storedAlone = await store.AddEachAsync("alpha", batch, default);

        Assert.Equal([Shown(Row(9_000_001))], afterFailedBatch);
        Assert.Equal(2, storedAlone);
        Assert.Equal(new[] { 9_000_001, 9_000_002, 9_000_003 }.Select(id => Shown(Row(id))), await StoredAsync(host));
    }

    private static SearchQueryRecord Row(long id) => new()
    {
        Id = id,
        Query = $"requête {id}",
        ResultCount = (int)(id % 7),
        CreatedUtc = At.AddSeconds(id % 5),
        ClickedPosition = id % 3 == 0 ? 2 : null,
        TopArticleId = id % 2 == 0 ? 42 : null,
    };

    private static (long, string, int, DateTime, DateTimeKind, int?, int?) Shown(SearchQueryRecord q) =>
        (q.Id, q.Query, q.ResultCount, q.CreatedUtc, q.CreatedUtc.Kind, q.ClickedPosition, q.TopArticleId);

    private static async Task<List<(long, string, int, DateTime, DateTimeKind, int?, int?)>> StoredAsync(MediaHost host)
    {
        await using var db = host.Get<MediaDatabase>().CreateTenantContext("alpha");
        return (await db.SearchQueries.Where(q => q.Id > 9_000_000).OrderBy(q => q.Id).ToListAsync()).Select(Shown).ToList();
    }
}
