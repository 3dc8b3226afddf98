using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Tenancy;

/// <summary><c>tenants update</c>: a tenant's display name, hosts, prefix and theme change with the checks of creation.</summary>
public sealed class TenantUpdateTests : IAsyncLifetime
{
    // The nodes read the tenant table every second (the product default); the deadline is looser because CI
    // machines are shared and noisy.
    private static readonly Dictionary<string, string?> ProductInterval = new() { ["Media:TenantRefreshInterval"] = "00:00:01" };
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(6);

    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_storage, args);

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path) =>
        (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;

    [Fact]
    public async Task Update_should_move_rename_and_restyle_the_tenant_on_every_running_node()
    {
        await using var nodeA = new MediaHost(_storage, ProductInterval);
        await using var nodeB = new MediaHost(_storage, ProductInterval);
        Assert.Equal(0, (await Run("tenants", "create", "--name", "moving", "--theme", "Expert")).ExitCode);
        await Eventually.TrueAsync(async () => await StatusAsync(nodeB.Client(), "/moving/") == HttpStatusCode.OK, Deadline, "node B serving the new tenant");

        var updated = await Run("tenants", "update", "moving", "--prefix", "moved", "--display-name", "Déménagé", "--theme", "magazine", "--json");

        Assert.True(updated.ExitCode == 0, updated.ToString());
        var tenant = JsonDocument.Parse(updated.Out).RootElement;
        Assert.Equal("moved", tenant.GetProperty("prefix").GetString());
        Assert.Equal("Déménagé", tenant.GetProperty("displayName").GetString());
        Assert.Equal("Magazine", tenant.GetProperty("theme").GetString());
        foreach (var (node, label) in new[] { (nodeA, "node A"), (nodeB, "node B") })
        {
            await Eventually.TrueAsync(async () => await StatusAsync(node.Client(), "/moved/") == HttpStatusCode.OK, Deadline, label + " serving the new prefix");
            await Eventually.TrueAsync(async () => await StatusAsync(node.Client(), "/moving/") == HttpStatusCode.NotFound, Deadline, label + " no longer serving the old prefix");
        }

        var home = await nodeB.Client().GetStringAsync(new Uri("/moved/", UriKind.Relative));
        Assert.Contains("href=\"/moved/", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/moving/", home, StringComparison.Ordinal);
        var descriptor = (await nodeA.Services.GetRequiredService<ITenantStore>().FindAsync("moving", default))!;
        await using var scope = nodeA.Services.CreateTenantScope(descriptor);
        Assert.Equal("Magazine", (await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync(default)).Theme);
    }

    [Fact]
    public async Task Update_should_replace_the_hosts_so_the_old_one_no_longer_reaches_the_tenant()
    {
        await using var node = new MediaHost(_storage, ProductInterval);
        Assert.Equal(0, (await Run("tenants", "create", "--name", "hosted", "--host", "old.test")).ExitCode);

        var updated = await Run("tenants", "update", "hosted", "--host", "NEW.test", "--host", "www.new.test");

        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Contains("is at new.test,www.new.test", updated.Out, StringComparison.Ordinal);
        // An unknown host reaches the agency's own tenant, which has no feed: the feed tells whose site answered.
        await Eventually.TrueAsync(async () => await StatusAsync(node.Client("new.test"), "/feed.xml") == HttpStatusCode.OK, Deadline, "the new host");
        await Eventually.TrueAsync(async () => await StatusAsync(node.Client("old.test"), "/feed.xml") == HttpStatusCode.NotFound, Deadline, "the old host dropped");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(node.Client("www.new.test"), "/feed.xml"));
    }

    [Fact]
    public async Task Old_prefix_should_answer_301_to_the_new_one_until_another_tenant_takes_it()
    {
        await using var node = new MediaHost(_storage, ProductInterval);
        Assert.Equal(0, (await Run("tenants", "create", "--name", "links")).ExitCode);

        Assert.Equal(0, (await Run("tenants", "update", "links", "--prefix", "new-links", "--redirect-old")).ExitCode);
        var client = node.Client();
        await Eventually.TrueAsync(async () => await StatusAsync(client, "/links/feed.xml") == HttpStatusCode.MovedPermanently, Deadline, "the old prefix redirecting");
        var deep = await client.GetAsync(new Uri("/links/topics/climat?page=2", UriKind.Relative));
        var bare = await client.GetAsync(new Uri("/links", UriKind.Relative));
        var followed = await client.GetAsync(deep.Headers.Location);

        Assert.Equal(HttpStatusCode.MovedPermanently, deep.StatusCode);
        Assert.Equal("/new-links/topics/climat?page=2", deep.Headers.Location!.OriginalString);
        Assert.Equal("/new-links/", bare.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.MovedPermanently, followed.StatusCode);

        // Another tenant takes the old prefix: it is served there, and the redirect is gone for good.
        Assert.Equal(0, (await Run("tenants", "create", "--name", "taker", "--prefix", "links")).ExitCode);
        await Eventually.TrueAsync(async () => await StatusAsync(client, "/links/feed.xml") == HttpStatusCode.OK, Deadline, "the new owner of the prefix");
        Assert.Equal(["taker"], JsonDocument.Parse((await Run("tenants", "list", "--json")).Out).RootElement.EnumerateArray()
            .Where(t => t.GetProperty("prefix").GetString() == "links").Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/new-links/feed.xml"));
    }

    [Fact]
    public async Task Dropped_host_should_answer_301_to_the_new_host_with_the_same_path()
    {
        await using var node = new MediaHost(_storage, ProductInterval);
        Assert.Equal(0, (await Run("tenants", "create", "--name", "rehosted", "--host", "old-brand.test")).ExitCode);

        Assert.Equal(0, (await Run("tenants", "update", "rehosted", "--host", "new-brand.test", "--redirect-old")).ExitCode);

        await Eventually.TrueAsync(async () => await StatusAsync(node.Client("old-brand.test"), "/feed.xml") == HttpStatusCode.MovedPermanently, Deadline, "the old host redirecting");
        var response = await node.Client("old-brand.test").GetAsync(new Uri("/experts/claire?x=1", UriKind.Relative));
        Assert.Equal("http://new-brand.test/experts/claire?x=1", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(new[] { "--prefix", "/taken/" }, 1, "prefix '/taken' is already used by tenant 'other'")]
    [InlineData(new[] { "--prefix", "taken", "--theme", "Magazine", "--display-name", "Renamed" }, 1, "prefix '/taken' is already used by tenant 'other'")]
    [InlineData(new[] { "--host", "Other.test" }, 1, "host 'other.test' is already used by tenant 'other'")]
    [InlineData(new[] { "--no-prefix" }, 1, "needs a host or a URL prefix")]
    [InlineData(new[] { "--no-hosts", "--no-prefix" }, 1, "needs a host or a URL prefix")]
    [InlineData(new[] { "--prefix", "x", "--no-prefix" }, 1, "not both")]
    [InlineData(new[] { "--host", "a.test", "--no-hosts" }, 2, "not both")]
    [InlineData(new[] { "--theme", "Nope" }, 1, "Unknown theme 'Nope'")]
    [InlineData(new[] { "--theme", "Base" }, 1, "is a base theme")]
    [InlineData(new[] { "--host", "not a host" }, 1, "not a valid host")]
    [InlineData(new[] { "--prefix", "Bad Prefix" }, 1, "URL prefix")]
    [InlineData(new[] { "--display-name", "   " }, 1, "display name")]
    [InlineData(new string[0], 2, "Nothing to change")]
    [InlineData(new[] { "--colour", "red" }, 2, "--colour")]
    public async Task Update_should_refuse_a_bad_change_and_leave_the_tenant_as_it_was(string[] args, int exitCode, string message)
    {
        Assert.Equal(0, (await Run("tenants", "create", "--name", "steady", "--display-name", "Steady", "--theme", "Expert")).ExitCode);
        Assert.Equal(0, (await Run("tenants", "create", "--name", "other", "--host", "other.test", "--prefix", "taken")).ExitCode);
        var before = (await Run("tenants", "list", "--json")).Out;

        var result = await Run(["tenants", "update", "steady", .. args]);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(Routes(before), Routes((await Run("tenants", "list", "--json")).Out));
        await using var node = new MediaHost(_storage);
        var steady = (await node.Services.GetRequiredService<ITenantStore>().FindAsync("steady", default))!;
        await using var scope = node.Services.CreateTenantScope(steady);
        Assert.Equal("Expert", (await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync(default)).Theme);
    }

    [Fact]
    public async Task Update_should_refuse_an_unknown_tenant()
    {
        var result = await Run("tenants", "update", "ghost", "--display-name", "Ghost");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unknown tenant 'ghost'", result.Error, StringComparison.Ordinal);
    }

    // Name, display name, prefix, hosts and theme of every tenant, as the list prints them.
    private static string Routes(string listJson) => string.Join(
        "\n",
        JsonDocument.Parse(listJson).RootElement.EnumerateArray().Select(t =>
            $"{t.GetProperty("name")}|{t.GetProperty("displayName")}|{t.GetProperty("prefix")}|{string.Join(",", t.GetProperty("hosts").EnumerateArray())}|{t.GetProperty("theme")}"));
}
