using System.Net;
using System.Net.Http.Json;

namespace OpinionAct.Media.IntegrationTests.Analytics;

/// <summary>Posts events to a hub the way the tracker does, as a given reader (address via the trusted proxy, user agent).</summary>
public sealed class Traffic(HttpClient client, string prefix)
{
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    public HttpClient Client => client;

    public string Prefix => prefix;

    public string Url(string path) => $"http://localhost/{prefix}/{path}";

    public Task<HttpResponseMessage> PostAsync(string ip, object body, string userAgent = Browser) => PostRawAsync(ip, System.Text.Json.JsonSerializer.Serialize(body), userAgent);

    public async Task<HttpResponseMessage> PostRawAsync(string ip, string json, string userAgent = Browser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{prefix}/api/events") { Content = new StringContent(json, System.Text.Encoding.UTF8, "text/plain") };
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", ip);
        return await client.SendAsync(request);
    }

    public async Task SendAsync(string ip, params object[] events)
    {
        using var response = await PostAsync(ip, events);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
