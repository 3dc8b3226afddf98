using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Sqlite;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.IntegrationTests.Storage;

/// <summary>
/// A warm SQLite tenant's contexts run on connections kept open with their SELECT statements prepared (issue 15's ninth
/// round): reused with new parameters, never across tenants, never kept with anything left in progress, closed when the
/// tenant cools.
/// </summary>
public sealed class StatementCachingConnectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oa-statements-").FullName;

    [Fact]
    public async Task Select_should_be_prepared_once_and_run_again_with_new_parameters_by_the_next_context()
    {
        var database = await DatabaseWithArticlesAsync("sa", "first", "second");

        StatementCachingConnection connection;
        await using (var db = database.CreateTenantContext("sa"))
        {
            Assert.Equal("first", await TitleAsync(db, "first"));
            connection = Lent(db);
        }

        var prepared = connection.Prepared;
        await using (var db = database.CreateTenantContext("sa"))
        {
            Assert.Same(connection, Lent(db));
            Assert.Equal("second", await TitleAsync(db, "second"));
            Assert.Null(await TitleAsync(db, "missing"));
        }

        Assert.Equal(prepared, connection.Prepared);
        Assert.True(connection.Reused >= 2, $"reused {connection.Reused}");
    }

    [Fact]
    public async Task Kept_connection_should_see_rows_written_by_another_connection_since_its_last_use()
    {
        var database = await DatabaseWithArticlesAsync("sa", "first");
        await using (var db = database.CreateTenantContext("sa"))
        {
            Assert.Equal(1, await db.Articles.CountAsync());
        }

        // Another node (or the CLI) writes through its own connections.
        await using (var other = Database().CreateTenantContext("sa"))
        {
            other.Articles.Add(Article("written-elsewhere"));
            await other.SaveChangesAsync();
        }

        await using var again = database.CreateTenantContext("sa");
        Assert.Equal(2, await again.Articles.CountAsync());
    }

    [Fact]
    public async Task Connection_should_be_retired_when_a_context_gives_it_back_with_a_reader_still_open()
    {
        var database = await DatabaseWithArticlesAsync("sa", "first", "second");
        StatementCachingConnection leaked;
        var db = database.CreateTenantContext("sa");
        var reader = db.Articles.OrderBy(a => a.Id).Select(a => a.Path).AsAsyncEnumerable().GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());
        leaked = Lent(db);
        await db.DisposeAsync();   // the enumerator is never disposed: its statement stays stepped

        Assert.True(leaked.Retired);
        Assert.Equal(System.Data.ConnectionState.Closed, leaked.State);
        await using var next = database.CreateTenantContext("sa");
        Assert.NotSame(leaked, Lent(next));
        Assert.Equal(2, await next.Articles.CountAsync());
    }

    [Fact]
    public async Task Connection_should_be_retired_when_a_context_gives_it_back_inside_a_transaction_begun_by_sql()
    {
        var database = await DatabaseWithArticlesAsync("sa", "first");
        StatementCachingConnection open;
        await using (var db = database.CreateTenantContext("sa"))
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM Articles");
            open = Lent(db);
        }

        Assert.True(open.Retired);
        await using var next = database.CreateTenantContext("sa");
        Assert.Equal(1, await next.Articles.CountAsync());   // the delete was never committed
        await next.Database.ExecuteSqlRawAsync("DELETE FROM Articles");   // and no lock was left behind
        Assert.Equal(0, await next.Articles.CountAsync());
    }

    [Fact]
    public async Task Same_select_nested_in_its_own_results_should_run_on_a_second_command()
    {
        var database = await DatabaseWithArticlesAsync("sa", "first", "second");
        await using var db = database.CreateTenantContext("sa");
        var outer = new List<string>();
        var inner = new List<int>();
        await foreach (var path in db.Articles.OrderBy(a => a.Id).Select(a => a.Path).AsAsyncEnumerable())
        {
            outer.Add(path);
            inner.Add(await db.Articles.OrderBy(a => a.Id).Select(a => a.Path).CountAsync(p => p == path));
            await foreach (var _ in db.Articles.OrderBy(a => a.Id).Select(a => a.Path).AsAsyncEnumerable())
            {
            }
        }

        Assert.Equal(["first", "second"], outer);
        Assert.Equal([1, 1], inner);
    }

    [Fact]
    public async Task Statement_cache_should_stay_bounded_when_a_connection_runs_more_distinct_selects_than_it_keeps()
    {
        var database = await DatabaseWithArticlesAsync("sa", "first");
        await using var db = database.CreateTenantContext("sa");
        for (var i = 0; i < StatementCachingConnection.MaxStatements + 10; i++)
        {
            // A distinct SQL text each time: the number is part of the statement, not a parameter.
            var distinctSelect = "SELECT " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " AS \"Value\" FROM Articles";
            var rows = await db.Database.SqlQueryRaw<int>(distinctSelect).ToListAsync();
            Assert.Equal([i], rows);
        }

        Assert.Equal(StatementCachingConnection.MaxStatements, Lent(db).CachedStatements);
        Assert.Equal("first", await TitleAsync(db, "first"));
    }

    [Fact]
    public async Task Kept_connection_should_never_serve_another_tenant()
    {
        var database = await DatabaseWithArticlesAsync("sa", "only-in-sa");
        await database.MigrateTenantAsync("sb", default);
        StatementCachingConnection ofA;
        await using (var a = database.CreateTenantContext("sa"))
        {
            Assert.Equal("only-in-sa", await TitleAsync(a, "only-in-sa"));
            ofA = Lent(a);
        }

        await using var b = database.CreateTenantContext("sb");
        Assert.NotSame(ofA, Lent(b));
        Assert.Null(await TitleAsync(b, "only-in-sa"));
        Assert.Equal(Path.GetFullPath(database.Layout.TenantDatabaseFile("sb")), Path.GetFullPath(Lent(b).DataSource));
    }

    [Fact]
    public async Task Kept_connections_should_be_closed_when_their_tenant_is_released()
    {
        var database = await DatabaseWithArticlesAsync("sa", "first");
        var idle = database.CreateTenantContext("sa");
        var inUse = database.CreateTenantContext("sa");
        await idle.Articles.CountAsync();
        await inUse.Articles.CountAsync();
        var (idleConnection, inUseConnection) = (Lent(idle), Lent(inUse));
        await idle.DisposeAsync();

        database.Release("sa");
        Assert.Equal(System.Data.ConnectionState.Closed, idleConnection.State);
        Assert.Equal(System.Data.ConnectionState.Open, inUseConnection.State);
        await inUse.DisposeAsync();
        Assert.Equal(System.Data.ConnectionState.Closed, inUseConnection.State);
    }

    [Fact]
    public async Task Kept_connections_should_be_closed_when_the_node_stops()
    {
        var database = await DatabaseWithArticlesAsync("sa", "first");
        await database.MigrateTenantAsync("sb", default);
        var kept = new List<StatementCachingConnection>();
        foreach (var tenant in new[] { "sa", "sb" })
        {
            await using var db = database.CreateTenantContext(tenant);
            await db.Articles.CountAsync();
            kept.Add(Lent(db));
        }

        Assert.All(kept, connection => Assert.Equal(System.Data.ConnectionState.Open, connection.State));
        database.Dispose();
        Assert.All(kept, connection => Assert.Equal(System.Data.ConnectionState.Closed, connection.State));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static StatementCachingConnection Lent(TenantDbContext db) => Assert.IsType<StatementCachingConnection>(db.Database.GetDbConnection());

    private static Task<string?> TitleAsync(TenantDbContext db, string path) =>
        db.Articles.Where(a => a.Path == path).Select(a => a.Title).FirstOrDefaultAsync();

    private async Task<MediaDatabase> DatabaseWithArticlesAsync(string tenant, params string[] paths)
    {
        var database = Database();
        await database.MigrateTenantAsync(tenant, default);
        await using var db = database.CreateTenantContext(tenant);
        foreach (var path in paths)
        {
            db.Articles.Add(Article(path));
        }

        await db.SaveChangesAsync();
        return database;
    }

    private MediaDatabase Database()
    {
        var options = new MediaOptions { DataPath = _folder, Database = { WarmTenants = 4 } };
        return new MediaDatabase(Options.Create(options), new TenantStorageLayout(_folder));
    }

    private static ArticleRecord Article(string path) => new() { Path = path, Title = path, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
}
