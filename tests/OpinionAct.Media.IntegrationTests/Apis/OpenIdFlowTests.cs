using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Apis;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Apis;

/// <summary>The flows beyond client credentials: code with PKCE, refresh rotation and reuse, introspection, revocation, lifetimes, expiry.</summary>
public sealed class OpenIdFlowTests : IAsyncLifetime
{
    private const string Redirect = "http://localhost:5999/callback";
    private readonly AdjustableClock _clock = new();
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage, clock: _clock);
        await _host.CreateTenantAsync("flows", prefix: "flows");
        await AdminClient.AddUserAsync(_storage, "flows", "author@flows.test", "Author");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Authorization_code_with_pkce_should_issue_tokens_for_the_signed_in_person_and_refuse_a_wrong_verifier()
    {
        var app = await CreateAsync(new IntegrationRequest("Mobile app", [ApiScopes.ContentRead], RedirectUri: Redirect));
        Assert.Null(app.ClientSecret);
        var person = (await AdminClient.SignInAsync(_host.Client(), "flows", "author@flows.test")).Http;

        var (code, verifier) = await AuthorizeAsync(person, app.ClientId);
        var wrong = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["client_id"] = app.ClientId, ["code"] = code, ["redirect_uri"] = Redirect, ["code_verifier"] = verifier + "x" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("invalid_grant", wrong.Body.GetProperty("error").GetString());

        // A code presented twice is refused (and its tokens revoked), so the right verifier starts a fresh authorization.
        (code, verifier) = await AuthorizeAsync(person, app.ClientId);
        var tokens = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["client_id"] = app.ClientId, ["code"] = code, ["redirect_uri"] = Redirect, ["code_verifier"] = verifier });
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        var me = JsonDocument.Parse(await _host.Client().WithBearer(tokens.Body.GetProperty("access_token").GetString()!).GetStringAsync("/flows/api/v1/admin/whoami")).RootElement;
        Assert.Equal("author@flows.test", me.GetProperty("name").GetString());
        Assert.Equal("person", me.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Reused_refresh_token_should_revoke_the_whole_chain()
    {
        var app = await CreateAsync(new IntegrationRequest("Desk app", [ApiScopes.ContentRead], RedirectUri: Redirect));
        var person = (await AdminClient.SignInAsync(_host.Client(), "flows", "author@flows.test")).Http;
        var (code, verifier) = await AuthorizeAsync(person, app.ClientId, "content:read offline_access");
        var first = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["client_id"] = app.ClientId, ["code"] = code, ["redirect_uri"] = Redirect, ["code_verifier"] = verifier });
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var refresh1 = first.Body.GetProperty("refresh_token").GetString()!;

        var second = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = app.ClientId, ["refresh_token"] = refresh1 });
        Assert.Equal(HttpStatusCode.OK, second.Status);
        var refresh2 = second.Body.GetProperty("refresh_token").GetString()!;
        var access2 = second.Body.GetProperty("access_token").GetString()!;
        Assert.NotEqual(refresh1, refresh2);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client().WithBearer(access2).GetAsync("/flows/api/v1/admin/whoami")).StatusCode);

        // Outside OpenIddict's grace period, the first token presented again is a theft signal.
        _clock.Advance(TimeSpan.FromMinutes(2));
        var reused = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = app.ClientId, ["refresh_token"] = refresh1 });
        Assert.Equal(HttpStatusCode.BadRequest, reused.Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = app.ClientId, ["refresh_token"] = refresh2 })).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client().WithBearer(access2).GetAsync("/flows/api/v1/admin/whoami")).StatusCode);
    }

    [Fact]
    public async Task Token_lifetime_should_follow_the_client_and_expiry_should_stop_new_tokens()
    {
        var integration = await CreateAsync(new IntegrationRequest("Short", [ApiScopes.ContentRead], ExpiresUtc: _clock.GetUtcNow().UtcDateTime.AddDays(1), AccessTokenMinutes: 5));
        var token = await TokenAsync(ClientCredentials(integration));
        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.InRange(token.Body.GetProperty("expires_in").GetInt32(), 290, 300);

        _clock.Advance(TimeSpan.FromDays(2));
        var late = await TokenAsync(ClientCredentials(integration));
        Assert.NotEqual(HttpStatusCode.OK, late.Status);
        Assert.Equal("invalid_client", late.Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Introspection_and_revocation_should_answer_for_the_client_own_tokens()
    {
        var integration = await CreateAsync(new IntegrationRequest("Probe", [ApiScopes.ContentRead]));
        var access = (await TokenAsync(ClientCredentials(integration))).Body.GetProperty("access_token").GetString()!;
        var credentials = new Dictionary<string, string> { ["client_id"] = integration.ClientId, ["client_secret"] = integration.ClientSecret!, ["token"] = access };

        var active = await PostAsync("/flows/connect/introspect", credentials);
        Assert.True(active.Body.GetProperty("active").GetBoolean());
        Assert.Equal(integration.ClientId, active.Body.GetProperty("client_id").GetString());
        Assert.Equal("http://localhost/flows/", active.Body.GetProperty("iss").GetString());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/flows/connect/revoke", credentials)).Status);
        Assert.False((await PostAsync("/flows/connect/introspect", credentials)).Body.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client().WithBearer(access).GetAsync("/flows/api/v1/admin/whoami")).StatusCode);
    }

    [Fact]
    public async Task Expired_access_token_should_be_refused()
    {
        var integration = await CreateAsync(new IntegrationRequest("Brief", [ApiScopes.ContentRead], AccessTokenMinutes: 5));
        var access = (await TokenAsync(ClientCredentials(integration))).Body.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _host.Client().WithBearer(access).GetAsync("/flows/api/v1/admin/whoami")).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client().WithBearer(access).GetAsync("/flows/api/v1/admin/whoami")).StatusCode);
    }

    private async Task<IntegrationCreated> CreateAsync(IntegrationRequest request)
    {
        var tenant = await _host.Get<ITenantStore>().FindAsync("flows", default);
        await using var scope = _host.Services.CreateTenantScope(tenant!);
        return await scope.ServiceProvider.GetRequiredService<IntegrationService>().CreateAsync(request, "test", default);
    }

    private static Dictionary<string, string> ClientCredentials(IntegrationCreated integration) =>
        new() { ["grant_type"] = "client_credentials", ["client_id"] = integration.ClientId, ["client_secret"] = integration.ClientSecret! };

    private static async Task<(string Code, string Verifier)> AuthorizeAsync(HttpClient person, string clientId, string scope = ApiScopes.ContentRead)
    {
        var verifier = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var url = $"/flows/connect/authorize?client_id={clientId}&redirect_uri={Uri.EscapeDataString(Redirect)}&response_type=code"
            + $"&scope={Uri.EscapeDataString(scope)}&code_challenge={challenge}&code_challenge_method=S256&state=s1";
        var response = await person.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"authorize: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!;
        Assert.StartsWith(Redirect, location.AbsoluteUri, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("s1", query["state"].ToString());
        return (query["code"].ToString(), verifier);
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(Dictionary<string, string> form) => PostAsync("/flows/connect/token", form);

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, Dictionary<string, string> form)
    {
        var response = await _host.Client().PostAsync(path, new FormUrlEncodedContent(form));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }
}
