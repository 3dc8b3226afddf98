using System.Net;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Signup_should_answer_429_with_retry_after_past_the_per_client_limit()
    {
        await using var h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?> { ["Media:Subscriptions:SignupsPerClientPerMinute"] = "3" });
        var client = h.Host.Client();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await SubscriptionHost.SubscribeAsync(client, $"r{i}@reader.example", "hebdo")).StatusCode);
        }

        var limited = await SubscriptionHost.SubscribeAsync(client, "r9@reader.example", "hebdo");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Null(await h.SubscriberAsync("r9@reader.example"));
    }

    [Fact]
    public async Task Signup_should_answer_429_past_the_per_address_limit_whatever_the_client()
    {
        await using var h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?> { ["Media:Subscriptions:SignupsPerAddressPerHour"] = "2" });

        Assert.Equal(HttpStatusCode.Accepted, (await SubscriptionHost.SubscribeAsync(h.Host.Client(), "same@reader.example", "hebdo")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await SubscriptionHost.SubscribeAsync(h.Host.Client(), "same@reader.example", "mensuel")).StatusCode);
        var third = await SubscriptionHost.SubscribeAsync(h.Host.Client(), "same@reader.example", "hebdo");
        var other = await SubscriptionHost.SubscribeAsync(h.Host.Client(), "other@reader.example", "hebdo");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task Signup_should_count_each_reader_behind_a_trusted_proxy_on_its_own()
    {
        await using var h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Media:Subscriptions:SignupsPerClientPerMinute"] = "2",
            ["Media:Analytics:TrustedProxies:0"] = "127.0.0.1",
        });
        async Task<HttpStatusCode> FromAsync(string reader, string email)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/brand/api/subscribe")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { email, newsletters = new[] { "hebdo" } }),
            };
            request.Headers.Add("X-Forwarded-For", reader);
            return (await h.Host.Client().SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Accepted, await FromAsync("203.0.113.1", "a1@reader.example"));
        Assert.Equal(HttpStatusCode.Accepted, await FromAsync("203.0.113.1", "a2@reader.example"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync("203.0.113.1", "a3@reader.example"));
        Assert.Equal(HttpStatusCode.Accepted, await FromAsync("203.0.113.2", "b1@reader.example"));
    }
}
