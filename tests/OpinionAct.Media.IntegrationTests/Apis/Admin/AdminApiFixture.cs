using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Apis.Admin;

/// <summary>
/// One node with two hubs by prefix ("aa" with a newsletter, and "ab"), shared by an Admin API
/// test class: clients carry real bearer tokens from each hub's token endpoint. Uploads are capped at 200 kB so
/// the oversized case stays small; mail goes to <see cref="Mail"/>.
/// </summary>
public sealed class AdminApiFixture : IAsyncLifetime
{
    public const string Alpha = "aa";
    public const string Beta = "ab";
    public const long MaxUploadBytes = 200_000;

    public TestStorage Storage { get; private set; } = null!;

    public MediaHost Host { get; private set; } = null!;

    /// <summary>Every hub's mail goes here (tests, confirmations).</summary>
    public SmtpSink Mail { get; } = new();

    public async Task InitializeAsync()
    {
        Storage = await TestStorage.CreateAsync();
        var settings = new Dictionary<string, string?>(Mail.Settings()) { ["Media:Library:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Host = new MediaHost(Storage, settings);
        await Host.CreateTenantAsync(Alpha, prefix: Alpha);
        await Host.CreateTenantAsync(Beta, prefix: Beta);
        await new Newsletters.IssueSeed(Host, Alpha).NewsletterAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
        Mail.Dispose();
    }

    /// <summary>A client of <paramref name="tenant"/>'s Admin API with a new integration's token (client credentials).</summary>
    public async Task<HttpClient> ClientAsync(string tenant, params string[] scopes)
    {
        var token = await ApiTokens.BearerAsync(Host, Host.Client(), tenant, "/" + tenant, scopes);
        return Api(tenant, token);
    }

    /// <summary>A client whose base address is the tenant's Admin API (<c>/aa/api/v1/admin/</c>), so tests use relative paths.</summary>
    public HttpClient Api(string tenant, string? token)
    {
        var client = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri($"http://localhost/{tenant}/api/v1/admin/"),
        });
        return token is null ? client : client.WithBearer(token);
    }

    /// <summary>
    /// A person's token through an app: an account with <paramref name="role"/> signs in to the admin, the app
    /// (a public client with a redirect URI) runs the authorization code flow with PKCE, and the token carries the
    /// person's roles.
    /// </summary>
    public async Task<HttpClient> PersonClientAsync(string tenant, string email, string role, params string[] scopes)
    {
        await AdminClient.AddUserAsync(Storage, tenant, email, role);
        const string redirect = "http://localhost/callback";
        IntegrationCreated app;
        var descriptor = await Host.Get<ITenantStore>().FindAsync(tenant, default);
        await using (var scope = Host.Services.CreateTenantScope(descriptor!))
        {
            app = await scope.ServiceProvider.GetRequiredService<IntegrationService>().CreateAsync(new IntegrationRequest("App " + email, scopes, RedirectUri: redirect), "test", default);
        }

        var browser = (await AdminClient.SignInAsync(Host.Client(), tenant, email)).Http;
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var authorize = await browser.GetAsync(
            $"/{tenant}/connect/authorize?response_type=code&client_id={app.ClientId}&redirect_uri={Uri.EscapeDataString(redirect)}&scope={Uri.EscapeDataString(string.Join(' ', scopes))}&code_challenge={challenge}&code_challenge_method=S256&state=s1");
        Assert.True(authorize.StatusCode == HttpStatusCode.Redirect, $"authorize: {authorize.StatusCode} {await authorize.Content.ReadAsStringAsync()}");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Headers.Location!.Query);
        var code = query["code"].ToString();
        Assert.False(string.IsNullOrEmpty(code), authorize.Headers.Location!.ToString());

        var token = await Host.Client().PostAsync($"/{tenant}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirect,
            ["client_id"] = app.ClientId,
            ["code_verifier"] = verifier,
        }));
        var body = await token.Content.ReadAsStringAsync();
        Assert.True(token.IsSuccessStatusCode, $"token: {token.StatusCode} {body}");
        return Api(tenant, JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
    }
}
