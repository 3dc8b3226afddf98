using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Webhooks;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.IntegrationTests.Webhooks;

/// <summary>Delivery to a real receiver on loopback: signature, idempotency key, retries with backoff, 410, the retry window and leases.</summary>
public sealed class WebhookDeliveryTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Fact]
    public async Task Worker_should_deliver_a_signed_event_that_the_receiver_verifies_with_the_secret()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var hooks = await WebhookFixture.CreateAsync(storage, worker: true);
        await using var host = hooks.Host;
        var created = await hooks.CreateHookAsync(receiver.Url, WebhookEvents.ArticlePublished);

        var id = await hooks.Content.ArticleAsync(ContentSeed.Draft("Isolation des combles"));
        await Eventually.TrueAsync(async () => (await hooks.DeliveriesAsync()).Any(d => d.State == WebhookDeliveryState.Delivered), TimeSpan.FromSeconds(20), "delivery");

        var got = Assert.Single(receiver.Received);
        var evt = Assert.Single(await hooks.EventsAsync());
        using var json = JsonDocument.Parse(got.Body);
        var root = json.RootElement;
        Assert.True(WebhookSignature.Verify(created.Secret, got.Signature, got.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)), got.Signature);
        Assert.False(WebhookSignature.Verify(created.Secret, got.Signature, got.Body.Replace("Isolation", "Infiltration", StringComparison.Ordinal), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_wrong", got.Signature, got.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.Equal(evt.Id, got.IdempotencyKey);
        Assert.StartsWith("OpinionAct-Media-Webhooks/", got.UserAgent, StringComparison.Ordinal);
        Assert.StartsWith("application/json", got.ContentType, StringComparison.Ordinal);
        Assert.Equal(evt.Id, root.GetProperty("id").GetString());
        Assert.Equal("article.published", root.GetProperty("event").GetString());
        Assert.Equal(hooks.Tenant, root.GetProperty("tenant").GetString());
        Assert.Equal(id, root.GetProperty("data").GetProperty("id").GetInt32());
        Assert.Equal("Isolation des combles", root.GetProperty("data").GetProperty("title").GetString());
        Assert.Equal("published", root.GetProperty("data").GetProperty("status").GetString());
        Assert.True(root.TryGetProperty("occurredUtc", out _));
        Assert.Equal(200, (await hooks.HookAsync(created.Hook.Id))!.LastStatus);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Delivery_should_retry_after_a_backoff_with_the_same_key_and_body_then_succeed(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        var created = await hooks.CreateHookAsync(receiver.Url, WebhookEvents.ArticlePublished);
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Chauffe-eau solaire"));
        receiver.Answer(500, 503);

        var first = await hooks.DeliverAsync();
        var afterFirst = Assert.Single(await hooks.DeliveriesAsync());
        var tooSoon = await hooks.DeliverAsync();
        hooks.Clock.Advance(TimeSpan.FromSeconds(10));
        var second = await hooks.DeliverAsync();
        var afterSecond = Assert.Single(await hooks.DeliveriesAsync());
        hooks.Clock.Advance(TimeSpan.FromSeconds(20));
        var third = await hooks.DeliverAsync();
        var done = Assert.Single(await hooks.DeliveriesAsync());
        var posts = receiver.Received.ToList();

        Assert.Equal((1, 0, 1, 1), (first, tooSoon, second, third));
        Assert.Equal((WebhookDeliveryState.Pending, 1, 500), (afterFirst.State, afterFirst.Attempts, afterFirst.LastStatus));
        var firstDelay = afterFirst.NextAttemptUtc - afterFirst.LastAttemptUtc!.Value;
        var secondDelay = afterSecond.NextAttemptUtc - afterSecond.LastAttemptUtc!.Value;
        Assert.InRange(firstDelay, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        Assert.InRange(secondDelay, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));
        Assert.Equal((WebhookDeliveryState.Delivered, 3, 200), (done.State, done.Attempts, done.LastStatus));
        Assert.Equal(3, posts.Count);
        Assert.Single(posts.Select(p => p.IdempotencyKey).Distinct());
        Assert.Single(posts.Select(p => p.Body).Distinct());
        Assert.All(posts, p => Assert.True(WebhookSignature.Verify(created.Secret, p.Signature, p.Body, hooks.Clock.GetUtcNow(), TimeSpan.FromMinutes(5))));
    }

    [Fact]
    public async Task Success_should_make_deliveries_that_found_the_hook_unreachable_due_at_once_but_not_those_it_refused()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var hooks = await WebhookFixture.CreateAsync(storage, more: ("Media:Webhooks:Concurrency", "1"));
        await using var host = hooks.Host;
        await hooks.CreateHookAsync(receiver.Url, WebhookEvents.ArticlePublished);
        foreach (var title in new[] { "Un", "Deux", "Trois" })
        {
            await hooks.Content.ArticleAsync(ContentSeed.Draft(title));
        }

        receiver.Answer(WebhookReceiver.Unreachable, WebhookReceiver.Unreachable, 500);
        var failing = await hooks.DeliverAsync();
        var afterOutage = await hooks.DeliveriesAsync();
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Quatre"));
        var fresh = await hooks.DeliverAsync();
        var expedited = await hooks.DeliverAsync();
        var rows = await hooks.DeliveriesAsync();

        Assert.Equal(3, failing);
        Assert.Equal([0, 0, 500], afterOutage.Select(d => d.LastStatus ?? -1));
        Assert.Equal(1, fresh);
        Assert.Equal(2, expedited);
        Assert.Equal(
            [WebhookDeliveryState.Delivered, WebhookDeliveryState.Delivered, WebhookDeliveryState.Pending, WebhookDeliveryState.Delivered],
            rows.Select(d => d.State));
        Assert.True(rows[2].NextAttemptUtc > hooks.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task Delivery_should_fail_when_the_retry_window_has_passed()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        await hooks.CreateHookAsync(receiver.Url, WebhookEvents.ArticlePublished);
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Géothermie"));
        receiver.DefaultStatus = 500;

        var attempts = 0;
        for (var i = 0; i < 400 && (await hooks.DeliveriesAsync())[0].State == WebhookDeliveryState.Pending; i++)
        {
            attempts += await hooks.DeliverAsync();
            hooks.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var delivery = Assert.Single(await hooks.DeliveriesAsync());
        Assert.Equal(WebhookDeliveryState.Failed, delivery.State);
        Assert.InRange(delivery.LastAttemptUtc!.Value - delivery.CreatedUtc, TimeSpan.FromHours(23), TimeSpan.FromHours(24.5));
        Assert.Equal(attempts, delivery.Attempts);
        Assert.InRange(attempts, 10, 200);
    }

    [Fact]
    public async Task Gone_answer_should_disable_the_hook_and_stop_new_events()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        var created = await hooks.CreateHookAsync(receiver.Url, WebhookEvents.ArticlePublished);
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Réseaux de chaleur"));
        receiver.Answer(410);

        await hooks.DeliverAsync();
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Après la désactivation"));
        hooks.Clock.Advance(TimeSpan.FromHours(1));
        var later = await hooks.DeliverAsync();

        var hook = (await hooks.HookAsync(created.Hook.Id))!;
        var delivery = Assert.Single(await hooks.DeliveriesAsync());
        Assert.False(hook.Active);
        Assert.Equal(410, hook.LastStatus);
        Assert.Contains("410", hook.DisabledReason, StringComparison.Ordinal);
        Assert.Equal((WebhookDeliveryState.Failed, 410), (delivery.State, delivery.LastStatus));
        Assert.Equal(0, later);
        Assert.Single(receiver.Received);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Claim_should_give_a_leased_delivery_to_one_worker_until_its_lease_runs_out(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        await hooks.CreateHookAsync("http://127.0.0.1:9/hook", WebhookEvents.ArticlePublished);
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Bail"));
        Task<List<ClaimedWebhookDelivery>> Claim(string owner) =>
            hooks.InTenantAsync(sp => sp.GetRequiredService<WebhookStore>().ClaimAsync(owner, hooks.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1), 10, default));

        var first = await Claim("node-a:1");
        var second = await Claim("node-b:1");
        var lateSettle = await hooks.InTenantAsync(sp => sp.GetRequiredService<WebhookStore>()
            .MarkDeliveredAsync(first[0].Id, "node-b:1", 200, hooks.Clock.GetUtcNow().UtcDateTime, default));
        hooks.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterExpiry = await Claim("node-b:2");
        var staleSettle = await hooks.InTenantAsync(sp => sp.GetRequiredService<WebhookStore>()
            .MarkDeliveredAsync(first[0].Id, "node-a:1", 200, hooks.Clock.GetUtcNow().UtcDateTime, default));

        Assert.Single(first);
        Assert.Empty(second);
        Assert.False(lateSettle);
        Assert.Equal(first.Select(c => c.Id), afterExpiry.Select(c => c.Id));
        Assert.False(staleSettle);
        Assert.Equal(WebhookDeliveryState.Pending, (await hooks.DeliveriesAsync())[0].State);
    }
}
