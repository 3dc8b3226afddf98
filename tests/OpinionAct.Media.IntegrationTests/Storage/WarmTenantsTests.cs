using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.IntegrationTests.Storage;

/// <summary>At most a bounded number of tenants keep SQLite connections open on a node (issue 15, tenant density).</summary>
public sealed class WarmTenantsTests
{
    [Fact]
    public void Warm_tenants_should_close_the_least_recently_used_when_over_capacity()
    {
        var closed = new List<string>();
        var warm = new WarmTenants(4, closed.Add);   // trims once more than 4 + 1 are warm

        foreach (var tenant in new[] { "a", "b", "c", "d", "e" })
        {
            warm.Touch(tenant);
        }

        Assert.Empty(closed);
        warm.Touch("a");   // used again: now the most recent
        warm.Touch("f");

        Assert.Equal(["b", "c"], closed.Order());
        Assert.Equal(4, warm.Count);
    }

    [Fact]
    public void Warm_tenants_should_count_a_closed_tenant_again_when_it_is_used_again()
    {
        var closed = new List<string>();
        var warm = new WarmTenants(1, closed.Add);   // trims once more than 1 + 1 are warm

        warm.Touch("a");
        warm.Touch("b");
        warm.Touch("c");   // closes a and b
        warm.Touch("a");
        warm.Forget("c");

        Assert.Equal(["a", "b"], closed.Order());
        Assert.Equal(1, warm.Count);
    }

    [Fact]
    public async Task Database_should_close_the_files_of_tenants_beyond_its_warm_capacity_and_reopen_them_on_use()
    {
        // A bare MediaDatabase, not a host: a host's background work (search catch-up) would use tenants too.
        var folder = Directory.CreateTempSubdirectory("oa-warm-").FullName;
        try
        {
            var options = new MediaOptions { DataPath = folder, Database = { WarmTenants = 1 } };
            var database = new MediaDatabase(Options.Create(options), new TenantStorageLayout(folder));
            string[] tenants = ["wa", "wb", "wc"];
            foreach (var tenant in tenants)
            {
                await database.MigrateTenantAsync(tenant, default);
                await using var db = database.CreateTenantContext(tenant);
                Assert.Equal(0, await db.Articles.CountAsync());
            }

            // Capacity 1 trims once 3 tenants are warm, keeping the one used last: wc.
            Assert.Equal(0, OpenHandles(database.Layout.TenantDatabaseFile("wa")));
            Assert.Equal(0, OpenHandles(database.Layout.TenantDatabaseFile("wb")));
            Assert.True(OpenHandles(database.Layout.TenantDatabaseFile("wc")) > 0);

            await using (var reopened = database.CreateTenantContext("wa"))
            {
                Assert.Equal(0, await reopened.Articles.CountAsync());
            }

            // Pooled again once reopened: its connection stays open after use.
            Assert.True(OpenHandles(database.Layout.TenantDatabaseFile("wa")) > 0);
            foreach (var tenant in tenants)
            {
                database.Release(tenant);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>This process's open file descriptors on the file (Linux's /proc; CI runs on Linux).</summary>
    private static int OpenHandles(string file)
    {
        var full = Path.GetFullPath(file);
        return new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => fd.LinkTarget is { } target && target == full);
    }
}
