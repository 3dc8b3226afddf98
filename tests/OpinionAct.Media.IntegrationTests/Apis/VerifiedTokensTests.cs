using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using OpinionAct.Media.Apis;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Apis.Server;

namespace OpinionAct.Media.IntegrationTests.Apis;

/// <summary>
/// A token this node has verified is not verified again (<see cref="VerifiedTokens"/>), and that never lets through
/// a token the full check would refuse: expired, shown to another hub, forged, or after the hub's keys changed.
/// </summary>
public sealed class VerifiedTokensTests
{
    private const string WhoAmI = "/alpha/api/v1/admin/whoami";

    [Fact]
    public async Task Token_used_again_should_be_answered_from_memory_with_the_same_claims()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        var token = await ApiTokens.BearerAsync(host, host.Client(), "alpha", "/alpha", ApiScopes.ContentRead, ApiScopes.MediaWrite);
        var memory = host.Get<VerifiedTokens>();

        var first = await host.Client().WithBearer(token).GetStringAsync(WhoAmI);
        var recalled = memory.Recalled;
        var second = await host.Client().WithBearer(token).GetStringAsync(WhoAmI);

        Assert.Equal(recalled + 1, memory.Recalled);
        Assert.Equal(first, second);
        Assert.Equal(
            [ApiScopes.ContentRead, ApiScopes.MediaWrite],
            JsonDocument.Parse(second).RootElement.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order());
    }

    [Fact]
    public async Task Remembered_token_should_still_be_refused_once_expired_elsewhere_or_forged()
    {
        var clock = new AdjustableClock();
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, clock: clock);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        await host.CreateTenantAsync("beta", prefix: "beta");
        var integration = await ApiTokens.IntegrationAsync(host, "alpha", new IntegrationRequest("Brief", [ApiScopes.ContentRead], AccessTokenMinutes: 5));
        var token = await ApiTokens.AccessTokenAsync(host.Client(), "/alpha", integration);
        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(token).GetAsync(WhoAmI)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(token).GetAsync(WhoAmI)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().WithBearer(token).GetAsync("/beta/api/v1/admin/whoami")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().WithBearer(Forged(token)).GetAsync(WhoAmI)).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().WithBearer(token).GetAsync(WhoAmI)).StatusCode);
    }

    [Fact]
    public async Task Token_should_be_verified_again_once_the_hub_keys_changed()
    {
        var clock = new AdjustableClock();
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, clock: clock);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        var integration = await ApiTokens.IntegrationAsync(host, "alpha", new IntegrationRequest("Long", [ApiScopes.ContentRead], AccessTokenMinutes: 180));
        var token = await ApiTokens.AccessTokenAsync(host.Client(), "/alpha", integration);
        var memory = host.Get<VerifiedTokens>();
        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(token).GetAsync(WhoAmI)).StatusCode);

        var rotate = await CliRunner.RunAsync(storage, "keys", "rotate", "--tenant", "alpha");
        Assert.True(rotate.ExitCode == 0, rotate.ToString());
        clock.Advance(TimeSpan.FromMinutes(1));
        var recalled = memory.Recalled;
        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(token).GetAsync(WhoAmI)).StatusCode);
        Assert.Equal(recalled, memory.Recalled);

        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(token).GetAsync(WhoAmI)).StatusCode);
        Assert.Equal(recalled + 1, memory.Recalled);
    }

    [Fact]
    public async Task Node_keeping_no_verified_tokens_should_verify_every_call()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?> { ["Media:Apis:Tokens:VerifiedTokensKept"] = "0" });
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        var token = await ApiTokens.BearerAsync(host, host.Client(), "alpha", "/alpha", ApiScopes.ContentRead);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(token).GetAsync(WhoAmI)).StatusCode);
        }

        Assert.Equal(0, host.Get<VerifiedTokens>().Recalled);
    }

    // The same header and signature over a payload granting more: a different string, so never a remembered one.
    private static string Forged(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace(ApiScopes.ContentRead, ApiScopes.WebhooksManage, StringComparison.Ordinal);
        return parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + "." + parts[2];
    }
}
