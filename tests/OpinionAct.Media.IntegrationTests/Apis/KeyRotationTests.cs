using System.Net;
using System.Text;
using System.Text.Json;
using OpinionAct.Media.Apis;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Apis;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Apis.Integrations;

namespace OpinionAct.Media.IntegrationTests.Apis;

/// <summary><c>keys rotate</c>: the next key is published before it signs, and the old one keeps validating its tokens.</summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task Rotated_key_should_be_published_first_then_sign_while_the_old_key_still_validates()
    {
        var clock = new AdjustableClock();
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, clock: clock);
        await host.CreateTenantAsync("keys", prefix: "keys");
        var client = host.Client();
        var integration = await ApiTokens.IntegrationAsync(host, "keys", new IntegrationRequest("Long tokens", [ApiScopes.ContentRead], AccessTokenMinutes: 180));
        var before = await TokenAsync(client, integration.ClientId, integration.ClientSecret!);
        var oldKid = KeyId(before);
        Assert.Equal([oldKid], await KeyIdsAsync(client));

        var rotate = await CliRunner.RunAsync(storage, "keys", "rotate", "--tenant", "keys", "--json");
        Assert.True(rotate.ExitCode == 0, rotate.ToString());
        var newKid = JsonDocument.Parse(rotate.Out).RootElement.GetProperty("keyId").GetString()!;

        // Within a node's refresh interval the new key is published, but tokens are still signed with the old one.
        clock.Advance(TimeSpan.FromMinutes(1));
        var published = await KeyIdsAsync(client);
        Assert.Equal(2, published.Count);
        Assert.Contains(newKid, published);
        var lastOld = await TokenAsync(client, integration.ClientId, integration.ClientSecret!);
        Assert.Equal(oldKid, KeyId(lastOld));

        // After the publication period (1 h by default, counted from the CLI's real clock) the new key signs; the
        // old key's last token still works.
        clock.Advance(TimeSpan.FromMinutes(62));
        var after = await TokenAsync(client, integration.ClientId, integration.ClientSecret!);
        Assert.Equal(newKid, KeyId(after));
        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(lastOld).GetAsync("/keys/api/v1/admin/whoami")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(after).GetAsync("/keys/api/v1/admin/whoami")).StatusCode);
        Assert.Contains(oldKid, await KeyIdsAsync(client));
    }

    [Fact]
    public async Task New_tenant_should_get_its_keys_at_creation()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?> { ["Media:Apis:Keys:AtCreation"] = "true" });
        await host.CreateTenantAsync("born", prefix: "born");
        var tenant = await host.Get<ITenantStore>().FindAsync("born", default);
        await using var scope = host.Services.CreateTenantScope(tenant!);
        Assert.True(await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().AnyAsync(default));
    }

    private static async Task<string> TokenAsync(HttpClient client, string id, string secret)
    {
        var response = await ApiTokens.RequestAsync(client, "/keys", id, secret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    private static string KeyId(string jwt)
    {
        var header = jwt.Split('.')[0].Replace('-', '+').Replace('_', '/');
        header += new string('=', (4 - header.Length % 4) % 4);
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header))).RootElement.GetProperty("kid").GetString()!;
    }

    private static async Task<List<string>> KeyIdsAsync(HttpClient client) =>
        [.. JsonDocument.Parse(await client.GetStringAsync("/keys/.well-known/jwks")).RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!)];
}
