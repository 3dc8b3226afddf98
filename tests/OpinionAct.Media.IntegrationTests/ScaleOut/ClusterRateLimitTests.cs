using System.Net;
using System.Net.Http.Json;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Analytics;
using OpinionAct.Media.IntegrationTests.Apis;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Security;
using OpinionAct.Media.Apis;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// Rate limits on two cluster members behind an imaginary load balancer that alternates between them: counted in Redis,
/// the limit is met at the configured count, not at twice it; with Redis unreachable each node still holds it alone.
/// </summary>
public sealed class ClusterRateLimitTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync("Postgres");

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [RedisFact]
    public async Task Signups_should_be_refused_at_the_configured_count_when_they_alternate_between_two_nodes()
    {
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, ClusterSettingsForTest.WithRedis(), SignupSettings(perClientPerMinute: 3));
        await NewsletterAsync(cluster);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await SubscribeAsync(cluster.Node(i), $"r{i}@reader.example");
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = refused!.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromMinutes(1), $"Retry-After within the minute's window, from the key's TTL: {retryAfter}");
    }

    [RedisFact]
    public async Task Signups_of_one_address_should_be_refused_at_the_configured_count_across_nodes()
    {
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, ClusterSettingsForTest.WithRedis(), SignupSettings(perAddressPerHour: 2));
        await NewsletterAsync(cluster);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SubscribeAsync(cluster.Node(i), "same@reader.example")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [RedisFact]
    public async Task Sign_in_failures_should_pause_the_account_at_the_configured_count_when_they_alternate_between_nodes()
    {
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, ClusterSettingsForTest.WithRedis());
        await AdminClient.AddUserAsync(_storage, cluster.Tenant, "editor@brand.test", "Editor");

        for (var i = 0; i < 5; i++)
        {
            var failed = await SignInAsync(cluster.Node(i), $"guess number {i}");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        // Node B saw two failures only: counted per node, the right password would get through there.
        var right = await SignInAsync(cluster.B, AdminClient.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var seconds = int.Parse(right.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 15 * 60);
    }

    [RedisFact]
    public async Task Token_endpoint_should_throttle_a_client_at_the_configured_count_across_nodes()
    {
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, ClusterSettingsForTest.WithRedis(), new Dictionary<string, string?> { ["Media:SignIn:FailuresPerAccountAndAddress"] = "3" });
        var integration = await ApiTokens.IntegrationAsync(cluster.A, cluster.Tenant, ApiScopes.ContentRead);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await ApiTokens.RequestAsync(cluster.Node(i).Client(), "/brand", integration.ClientId, "wrong-" + i)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [RedisFact]
    public async Task Events_of_one_reader_should_be_refused_past_the_configured_rate_across_nodes()
    {
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, ClusterSettingsForTest.WithRedis(), new Dictionary<string, string?> { ["Media:Analytics:EventsPerMinutePerVisitor"] = "10" });
        var batch = Enumerable.Range(0, 4).Select(_ => new { type = "pageview", url = "http://localhost/brand/" }).ToArray();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await new Traffic(cluster.Node(i).Client(), "brand").PostAsync("198.51.100.4", batch);
            statuses.Add(response.StatusCode);
        }

        // 4 + 4 fit in 10; the third batch would make 12 (per node, node A would have counted 8 and taken it).
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [PostgresFact]
    public async Task Limits_should_hold_on_each_node_and_requests_be_served_when_Redis_is_unreachable()
    {
        var settings = SignupSettings(perClientPerMinute: 2);
        settings["Media:Analytics:EventsPerMinutePerVisitor"] = "10";
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, ClusterSettingsForTest.WithoutRedis(), settings, connected: false);
        await NewsletterAsync(cluster);
        var batch = Enumerable.Range(0, 6).Select(_ => new { type = "pageview", url = "http://localhost/brand/" }).ToArray();

        foreach (var node in new[] { cluster.A, cluster.B })
        {
            var tag = node == cluster.A ? "a" : "b";
            Assert.Equal(HttpStatusCode.Accepted, (await SubscribeAsync(node, $"{tag}1@reader.example")).StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, (await SubscribeAsync(node, $"{tag}2@reader.example")).StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await SubscribeAsync(node, $"{tag}3@reader.example")).StatusCode);

            var traffic = new Traffic(node.Client(), "brand");
            using var first = await traffic.PostAsync("198.51.100.5", batch);
            using var second = await traffic.PostAsync("198.51.100.5", batch);
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        }

        var failures = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            failures.Add((await SignInAsync(cluster.A, $"guess {i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, failures[4]);
        Assert.Equal(HttpStatusCode.TooManyRequests, failures[5]);
        Assert.Equal(HttpStatusCode.OK, (await cluster.B.Client().GetAsync("/brand/")).StatusCode);
    }

    [RedisFact]
    public async Task Limits_should_fall_back_to_the_node_and_requests_be_served_when_Redis_stops_mid_run()
    {
        await using var server = await PrivateRedis.StartAsync();
        await using var cluster = await TwoNodeCluster.StartAsync(_storage, ClusterSettingsForTest.WithoutRedis() with { Redis = server.Configuration }, SignupSettings(perClientPerMinute: 2));
        await NewsletterAsync(cluster);
        Assert.Equal(HttpStatusCode.Accepted, (await SubscribeAsync(cluster.A, "before@reader.example")).StatusCode);

        await server.StopAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SubscribeAsync(cluster.B, $"during{i}@reader.example")).StatusCode);
        }

        // Node B counts alone now: its own two, then refused; nothing failed for want of Redis.
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    private static Dictionary<string, string?> SignupSettings(int perClientPerMinute = 1000, int perAddressPerHour = 1000) => new()
    {
        ["Media:Subscriptions:SignupsPerClientPerMinute"] = perClientPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:Subscriptions:SignupsPerAddressPerHour"] = perAddressPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:Subscriptions:MinimumSignupDuration"] = "00:00:00",
    };

    private static async Task NewsletterAsync(TwoNodeCluster cluster) =>
        await new ContentSeed(cluster.A, cluster.Tenant).InTenantAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<OpinionAct.Media.Web.Newsletters.NewsletterService>(sp).SaveAsync(null, new OpinionAct.Media.Newsletters.NewsletterDraft
            {
                Slug = "hebdo",
                Name = "La lettre hebdo",
                Cadence = "Chaque mardi",
                SenderName = "Énergies Claires",
                SenderAddress = "lettre@energies.example",
            }, ContentSeed.Editor, default));

    private static Task<HttpResponseMessage> SubscribeAsync(MediaHost node, string email) =>
        node.Client().PostAsJsonAsync("/brand/api/subscribe", new { email, newsletters = new[] { "hebdo" } });

    private static Task<HttpResponseMessage> SignInAsync(MediaHost node, string password) =>
        BrowserForm.PostAsync(node.Client(), "/brand/admin/login", "/brand/admin/login", new() { ["email"] = "editor@brand.test", ["password"] = password });
}
