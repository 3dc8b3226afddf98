using System.Net;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// PostgreSQL going away under a running node: pages and APIs answer a clear 503 in seconds, /health/ready says so,
/// and nothing hangs (every request has a deadline well above the promise, so a hang fails the test instead of it).
/// </summary>
public sealed class DatabaseUnreachableTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync("Postgres");

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [PostgresFact]
    public async Task Node_should_answer_503_pages_and_readiness_quickly_when_PostgreSQL_cannot_be_reached()
    {
        var server = new NpgsqlConnectionStringBuilder(_storage.ConnectionString);
        await using var relay = TcpRelay.Start(server.Host!, server.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(_storage.ConnectionString) { Host = "127.0.0.1", Port = relay.Port }.ToString();
        await using var node = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:Database:ConnectionString"] = throughRelay });
        await node.CreateTenantAsync(prefix: "brand");
        var client = node.Client();
        client.Timeout = TimeSpan.FromSeconds(20);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/brand/", UriKind.Relative))).StatusCode);

        relay.Stop();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var page = await client.GetAsync(new Uri($"/brand/articles/{Guid.NewGuid():n}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        output.WriteLine($"closed port: page {(int)page.StatusCode} after {watch.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Contains("Service momentanément indisponible", html, StringComparison.Ordinal);
        Assert.Contains("Temporarily unavailable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);

        var api = await client.GetAsync(new Uri("/brand/api/v1/content/articles", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", body.GetRawText(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Node_should_answer_503_within_the_connect_timeout_when_PostgreSQL_stops_answering()
    {
        var server = new NpgsqlConnectionStringBuilder(_storage.ConnectionString);
        await using var relay = TcpRelay.Start(server.Host!, server.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(_storage.ConnectionString) { Host = "127.0.0.1", Port = relay.Port }.ToString();
        await using var node = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:Database:ConnectionString"] = throughRelay });
        await node.CreateTenantAsync(prefix: "brand");
        var client = node.Client();

        // Npgsql's own connect timeout is 15 s; the node's default is 5 s, and the deadline here is well above it.
        client.Timeout = TimeSpan.FromSeconds(20);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/brand/", UriKind.Relative))).StatusCode);

        relay.Freeze();

        for (var i = 0; i < 2; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var page = await client.GetAsync(new Uri($"/brand/articles/{Guid.NewGuid():n}", UriKind.Relative));
            output.WriteLine($"page {i + 1}: {(int)page.StatusCode} after {watch.ElapsedMilliseconds} ms");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        }

        var readyWatch = System.Diagnostics.Stopwatch.StartNew();
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        output.WriteLine($"ready: {(int)ready.StatusCode} after {readyWatch.ElapsedMilliseconds} ms");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}
