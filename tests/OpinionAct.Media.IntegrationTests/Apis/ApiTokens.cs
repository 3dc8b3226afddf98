using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Apis;

/// <summary>Integrations and tokens for API tests: the same service the admin uses, then a real token request.</summary>
public static class ApiTokens
{
    /// <summary>Creates an integration with <paramref name="scopes"/> in the tenant; returns its client id and secret.</summary>
    public static Task<IntegrationCreated> IntegrationAsync(MediaHost host, string tenant, params string[] scopes) =>
        IntegrationAsync(host, tenant, new IntegrationRequest("Test " + string.Join('+', scopes), scopes));

    /// <summary>Creates the integration <paramref name="request"/> describes in the tenant.</summary>
    public static async Task<IntegrationCreated> IntegrationAsync(MediaHost host, string tenant, IntegrationRequest request)
    {
        var descriptor = await host.Get<ITenantStore>().FindAsync(tenant, default) ?? throw new InvalidOperationException($"No tenant {tenant}.");
        await using var scope = host.Services.CreateTenantScope(descriptor);
        return await scope.ServiceProvider.GetRequiredService<IntegrationService>().CreateAsync(request, "test", default);
    }

    /// <summary>POSTs a client-credentials request to <paramref name="basePath"/>/connect/token; returns the raw response.</summary>
    public static Task<HttpResponseMessage> RequestAsync(HttpClient client, string basePath, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return client.PostAsync(basePath + "/connect/token", new FormUrlEncodedContent(form));
    }

    /// <summary>An access token for a new integration of the tenant with <paramref name="scopes"/>.</summary>
    public static async Task<string> BearerAsync(MediaHost host, HttpClient client, string tenant, string basePath, params string[] scopes) =>
        await AccessTokenAsync(client, basePath, await IntegrationAsync(host, tenant, scopes));

    /// <summary>An access token for <paramref name="integration"/> from <paramref name="basePath"/>/connect/token (client credentials).</summary>
    public static async Task<string> AccessTokenAsync(HttpClient client, string basePath, IntegrationCreated integration)
    {
        var response = await RequestAsync(client, basePath, integration.ClientId, integration.ClientSecret!);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request failed: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client that sends <paramref name="token"/> as a bearer token on every request.</summary>
    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
