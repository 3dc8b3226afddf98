using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.IntegrationTests.Storage;

/// <summary>Storage behaviour written once and run on every provider: SQLite always, PostgreSQL when .ci/run started it.</summary>
public sealed class TenantStorageContractTests
{
    public static TheoryData<string> Providers => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_tenant_should_have_its_own_database(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var a = await host.CreateTenantAsync("alpha");
        var b = await host.CreateTenantAsync("beta");

        await using (var scope = await host.TenantScopeAsync(a))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>();
            Assert.True((await users.CreateAsync(new TenantUser { UserName = "x@alpha.test", Email = "x@alpha.test" }, "a long enough passphrase")).Succeeded);
        }

        await using (var scope = await host.TenantScopeAsync(b))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>();
            Assert.Null(await users.FindByEmailAsync("x@alpha.test"));
        }

        await using var alphaDb = host.Get<MediaDatabase>().CreateTenantContext(a);
        await using var betaDb = host.Get<MediaDatabase>().CreateTenantContext(b);
        Assert.Equal(1, await alphaDb.Users.CountAsync());
        Assert.Equal(0, await betaDb.Users.CountAsync());
        if (provider == "Sqlite")
        {
            Assert.NotEqual(alphaDb.Database.GetConnectionString(), betaDb.Database.GetConnectionString());
            Assert.True(File.Exists(Path.Combine(storage.DataPath, "tenants", "alpha", "tenant.db")));
        }
        else
        {
            Assert.Equal(["t_alpha", "t_beta"], await SchemasAsync(host));
        }
    }

    /// <summary>
    /// The set-up batch runs once per physical SQLite connection, not on every open (issue 15): a connection the pool
    /// hands out again must still be in WAL mode, with its busy timeout and synchronous level.
    /// </summary>
    [Fact]
    public async Task Sqlite_connection_settings_should_hold_when_the_pool_hands_a_connection_out_again()
    {
        await using var storage = await TestStorage.CreateAsync("Sqlite");
        await using var host = new MediaHost(storage);
        var tenant = await host.CreateTenantAsync("alpha");
        for (var open = 0; open < 3; open++)
        {
            await using var db = host.Get<MediaDatabase>().CreateTenantContext(tenant);
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            Assert.Equal(30000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
            Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous"));
        }
    }

    /// <summary>
    /// A SQLite tenant created after the first one in a process starts as a copy of the first one's freshly migrated
    /// file (issue 15): it must hold exactly what running every migration gives, and nothing the first tenant wrote.
    /// </summary>
    [Fact]
    public async Task New_sqlite_tenant_should_match_a_fully_migrated_one_and_hold_nothing_of_earlier_tenants()
    {
        await using var storage = await TestStorage.CreateAsync("Sqlite");
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha");   // migrated, then filled by the default recipe
        await host.Get<MediaDatabase>().MigrateTenantAsync("beta", default);

        await using var referenceStorage = await TestStorage.CreateAsync("Sqlite");
        await using var referenceHost = new MediaHost(referenceStorage);
        await referenceHost.Get<MediaDatabase>().MigrateTenantAsync("reference", default);   // the first in its process: every migration runs

        var beta = await DumpAsync(host, "beta");
        Assert.Equal(await DumpAsync(referenceHost, "reference"), beta);
        Assert.Contains("__EFMigrationsHistory", beta);
        await using var db = host.Get<MediaDatabase>().CreateTenantContext("beta");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await db.Database.OpenConnectionAsync();
        Assert.Equal("wal", await ScalarAsync(db.Database.GetDbConnection(), "PRAGMA journal_mode"));
    }

    /// <summary>Every table's definition and rows, in a stable order.</summary>
    private static async Task<string> DumpAsync(MediaHost host, string tenant)
    {
        await using var db = host.Get<MediaDatabase>().CreateTenantContext(tenant);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var schema = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                schema.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var dump = new System.Text.StringBuilder();
        foreach (var (name, sql) in schema)
        {
            dump.AppendLine(sql);
            if (!sql.StartsWith("CREATE TABLE", StringComparison.Ordinal) || name.StartsWith("sqlite_", StringComparison.Ordinal))
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{name}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dump.Append(name).Append(':');
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    dump.Append(' ').Append(reader.IsDBNull(column) ? "null" : Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture));
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Tenant_database_from_an_earlier_schema_should_upgrade_without_data_loss(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var database = host.Get<MediaDatabase>();
        string first;
        await using (var probe = database.CreateTenantContext("legacy"))
        {
            first = probe.Database.GetMigrations().First();
            Assert.True(probe.Database.GetMigrations().Count() > 1, "this test needs at least two tenant migrations");
        }

        await database.MigrateTenantAsync("legacy", default, first);
        await using (var v1 = database.CreateTenantContext("legacy"))
        {
            Assert.Equal([first], await v1.Database.GetAppliedMigrationsAsync());
            await v1.Database.ExecuteSqlRawAsync("""
                -- Braces are doubled: raw SQL goes through string.Format.
                INSERT INTO "SiteSettings" ("Id", "SiteName", "Description", "Language", "Theme", "PropertiesJson", "UpdatedUtc")
                VALUES (1, 'Marque historique', 'Écrite en version 1', 'fr', 'Expert', '{{}}', '2025-01-02 03:04:05')
                """);
        }

        await database.MigrateTenantAsync("legacy", default);

        await using var latest = database.CreateTenantContext("legacy");
        var settings = await latest.SiteSettings.SingleAsync();
        Assert.Equal("Marque historique", settings.SiteName);
        Assert.Equal("Écrite en version 1", settings.Description);
        Assert.Equal("Europe/Paris", settings.TimeZone);
        Assert.Empty(await latest.Database.GetPendingMigrationsAsync());
        latest.RecipeRuns.Add(new RecipeRunRecord { Recipe = "after-upgrade", AppliedUtc = DateTime.UtcNow });
        Assert.Equal(1, await latest.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Removing_a_tenant_should_delete_its_storage(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var name = await host.CreateTenantAsync("doomed");

        await host.Provisioner.RemoveAsync(name, default);

        Assert.False(Directory.Exists(Path.Combine(storage.DataPath, "tenants", name)));
        Assert.Null(await host.Get<ITenantStore>().FindAsync(name, default));
        if (provider == "Postgres")
        {
            Assert.Empty(await SchemasAsync(host));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Store_should_refuse_a_host_or_prefix_that_another_tenant_has(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var store = host.Get<ITenantStore>();
        await store.CreateAsync(Tenant("one", ["one.test"], "one"), default);
        var before = await store.GetVersionAsync(default);

        var hostClash = await Assert.ThrowsAsync<MediaValidationException>(() => store.CreateAsync(Tenant("two", ["one.test"], null), default));
        var prefixClash = await Assert.ThrowsAsync<MediaValidationException>(() => store.CreateAsync(Tenant("three", [], "one"), default));
        var nameClash = await Assert.ThrowsAsync<MediaValidationException>(() => store.CreateAsync(Tenant("one", [], "other"), default));

        Assert.Contains("one.test", hostClash.Message, StringComparison.Ordinal);
        Assert.Contains("/one", prefixClash.Message, StringComparison.Ordinal);
        Assert.Contains("already exists", nameClash.Message, StringComparison.Ordinal);
        Assert.Equal(before, await store.GetVersionAsync(default));
        Assert.Equal(["one"], (await store.LoadAsync(default)).Tenants.Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_change_should_move_the_version_other_nodes_poll(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var store = host.Get<ITenantStore>();
        var v0 = await store.GetVersionAsync(default);

        await store.CreateAsync(Tenant("moving", [], "moving"), default);
        var v1 = await store.GetVersionAsync(default);
        var updated = await store.UpdateAsync((await store.FindAsync("moving", default))! with { State = TenantState.Disabled }, default);
        var v2 = await store.GetVersionAsync(default);
        await store.RemoveAsync("moving", default);
        var v3 = await store.GetVersionAsync(default);

        Assert.True(v0 < v1 && v1 < v2 && v2 < v3);
        Assert.Equal(TenantState.Disabled, updated.State);
    }

    private static TenantDescriptor Tenant(string name, string[] hosts, string? prefix) =>
        new() { Name = name, DisplayName = name, Hosts = hosts, Prefix = prefix, State = TenantState.Running };

    private static async Task<List<string>> SchemasAsync(MediaHost host)
    {
        await using var db = host.Get<MediaDatabase>().CreateHostContext();
        return await db.Database.SqlQueryRaw<string>("""SELECT nspname AS "Value" FROM pg_namespace WHERE nspname LIKE 't\_%' ORDER BY nspname""").ToListAsync();
    }
}
