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
}
