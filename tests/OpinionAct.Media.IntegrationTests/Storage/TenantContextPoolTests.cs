using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.IntegrationTests.Storage;

/// <summary>
/// Tenant contexts come from a pool per warm tenant (issue 15, pages built on every request): a returned context is
/// reused reset, and never for another tenant.
/// </summary>
public sealed class TenantContextPoolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oa-pool-").FullName;

    [Fact]
    public async Task Tenant_context_should_be_reused_for_the_same_tenant_once_returned()
    {
        var database = Database(warm: 4);
        await database.MigrateTenantAsync("pa", default);

        var first = database.CreateTenantContext("pa");
        await first.DisposeAsync();
        await using var second = database.CreateTenantContext("pa");

        Assert.Same(first, second);
        Assert.Equal(0, await second.Articles.CountAsync());
    }

    [Fact]
    public async Task Tenant_context_should_never_be_handed_to_another_tenant()
    {
        var database = Database(warm: 4);
        await database.MigrateTenantAsync("pa", default);
        await database.MigrateTenantAsync("pb", default);
        await using (var a = database.CreateTenantContext("pa"))
        {
            a.Articles.Add(Article("only-in-pa"));
            await a.SaveChangesAsync();
        }

        var returnedByA = database.CreateTenantContext("pa");
        await returnedByA.DisposeAsync();
        await using var b = database.CreateTenantContext("pb");

        Assert.NotSame(returnedByA, b);
        Assert.Equal(0, await b.Articles.CountAsync());
        Assert.Equal(Path.GetFullPath(database.Layout.TenantDatabaseFile("pb")), Path.GetFullPath(b.Database.GetDbConnection().DataSource));
    }

    [Fact]
    public async Task Tenant_context_should_come_back_from_the_pool_with_nothing_tracked()
    {
        var database = Database(warm: 4);
        await database.MigrateTenantAsync("pa", default);
        var first = database.CreateTenantContext("pa");
        first.Articles.Add(Article("never-saved"));
        await first.DisposeAsync();

        await using var second = database.CreateTenantContext("pa");
        await second.SaveChangesAsync();

        Assert.Same(first, second);
        Assert.Empty(second.ChangeTracker.Entries());
        Assert.Equal(0, await second.Articles.CountAsync());
    }

    [Fact]
    public async Task Tenant_context_pool_should_be_dropped_when_its_tenant_cools()
    {
        var database = Database(warm: 1);   // trims once more than 1 + 1 tenants are warm
        foreach (var tenant in new[] { "pa", "pb", "pc" })
        {
            await database.MigrateTenantAsync(tenant, default);
        }

        var beforeCooling = database.CreateTenantContext("pa");
        await beforeCooling.DisposeAsync();
        await (await Used(database, "pb")).DisposeAsync();
        await (await Used(database, "pc")).DisposeAsync();   // pa and pb cool here

        await using var afterCooling = database.CreateTenantContext("pa");
        Assert.NotSame(beforeCooling, afterCooling);
        Assert.Equal(0, await afterCooling.Articles.CountAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private MediaDatabase Database(int warm)
    {
        var options = new MediaOptions { DataPath = _folder, Database = { WarmTenants = warm } };
        return new MediaDatabase(Options.Create(options), new TenantStorageLayout(_folder));
    }

    private static async Task<Data.Tenant.TenantDbContext> Used(MediaDatabase database, string tenant)
    {
        var db = database.CreateTenantContext(tenant);
        await db.Articles.CountAsync();
        return db;
    }

    private static ArticleRecord Article(string path) => new()
    {
        Path = path,
        Title = path,
        CreatedUtc = DateTime.UtcNow,
        UpdatedUtc = DateTime.UtcNow,
    };
}
