using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>Recipes come from files passed between installations: they can neither read secrets nor take the node down.</summary>
public sealed class RecipeLimitsTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _folder = Directory.CreateTempSubdirectory("media-recipes-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Recipe_should_not_publish_configuration_secrets_when_it_asks_for_them()
    {
        await using var host = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:Admin:Password"] = "agency-secret-4711", ["SECRET_PATH"] = "/home/agency" });
        var file = Write("leak", """
            { "name": "leak", "steps": [ { "name": "settings", "SiteName": "[js: configuration('Media:Admin:Password')]", "Description": "[js: configuration('SECRET_PATH', 'Hub')]" } ] }
            """);

        var result = await host.Provisioner.CreateAsync(new TenantCreateRequest { Name = "leak", Prefix = "leak", RecipeFile = file }, default);
        var home = await host.Client().GetStringAsync(new Uri("/leak/", UriKind.Relative));

        Assert.True(result.Succeeded, result.Report.Summary);
        Assert.Equal(2, result.Report.Warnings.Count(w => w.Message.Contains("not a key recipes may read", StringComparison.Ordinal)));
        Assert.DoesNotContain("agency-secret-4711", home, StringComparison.Ordinal);
        Assert.DoesNotContain("/home/agency", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_should_not_exist_when_its_recipe_chains_fifty_thousand_variables()
    {
        await using var host = new MediaHost(_storage);
        var variables = new JsonObject { ["v0"] = "x" };
        for (var i = 1; i <= 50_000; i++)
        {
            variables[$"v{i}"] = $"[js: variables('v{i - 1}')]";
        }

        var recipe = new JsonObject { ["name"] = "deep", ["variables"] = variables, ["steps"] = new JsonArray(new JsonObject { ["name"] = "settings", ["SiteName"] = "[js: variables('v50000')]" }) };
        var file = Write("deep", recipe.ToJsonString());

        var result = await host.Provisioner.CreateAsync(new TenantCreateRequest { Name = "deep", Prefix = "deep", RecipeFile = file }, default);

        Assert.False(result.Succeeded);
        Assert.Contains("nest more than", result.Report.Errors[0].Message, StringComparison.Ordinal);
        Assert.Null(await host.Get<ITenantStore>().FindAsync("deep", default));
        Assert.Equal(HttpStatusCode.OK, (await host.Client().GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Tenant_should_be_refused_before_anything_is_written_when_its_recipe_file_is_too_large()
    {
        await using var host = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:Recipes:MaxBytes"] = "1000" });
        var file = Write("large", $$"""{ "name": "large", "steps": [ { "name": "settings", "Description": "{{new string('x', 2000)}}" } ] }""");

        var ex = await Assert.ThrowsAsync<MediaValidationException>(() => host.Provisioner.CreateAsync(new TenantCreateRequest { Name = "large", Prefix = "large", RecipeFile = file }, default));

        Assert.Contains("Media:Recipes:MaxBytes", ex.Message, StringComparison.Ordinal);
        Assert.Null(await host.Get<ITenantStore>().FindAsync("large", default));
    }

    [Fact]
    public async Task Setup_left_by_a_dead_process_should_be_rolled_back_once_its_heartbeat_is_old()
    {
        var clock = new AdjustableClock();
        // The node's own sweep (the tenant-table refresher) must not run between the clock's jump and the fresh
        // tenant's heartbeat: it would roll back both, as the clock then says. This test calls the sweep itself.
        var noBackgroundSweep = new Dictionary<string, string?> { ["Media:TenantRefreshInterval"] = "01:00:00" };
        await using var host = new MediaHost(_storage, noBackgroundSweep, clock: clock);
        var store = host.Get<ITenantStore>();
        var now = clock.GetUtcNow();
        foreach (var name in new[] { "orphan", "fresh" })
        {
            await store.CreateAsync(new TenantDescriptor { Name = name, DisplayName = name, State = TenantState.Uninitialized, Hosts = [], Prefix = name, CreatedUtc = now, UpdatedUtc = now }, default);
        }

        await host.Get<MediaDatabase>().MigrateTenantAsync("orphan", default);
        clock.Advance(TenantProvisioner.SetupAbandonedAfter + TimeSpan.FromSeconds(1));
        await store.UpdateAsync((await store.FindAsync("fresh", default))!, default);

        var rolledBack = await host.Provisioner.RollBackAbandonedSetupsAsync(default);

        Assert.Equal(1, rolledBack);
        Assert.Null(await store.FindAsync("orphan", default));
        Assert.NotNull(await store.FindAsync("fresh", default));
        Assert.False(Directory.Exists(Path.Combine(_storage.DataPath, "tenants", "orphan")), "the orphan's storage is deleted");
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name + ".recipe.json");
        File.WriteAllText(path, json);
        return path;
    }
}
