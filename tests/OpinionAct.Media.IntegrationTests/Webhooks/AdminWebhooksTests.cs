using System.Net;
using System.Text.RegularExpressions;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.IntegrationTests.Webhooks;

/// <summary>The webhooks admin page over HTTP: Admins only, the secret shown once, the delivery log, replay, disable and delete.</summary>
public sealed partial class AdminWebhooksTests
{
    [Fact]
    public async Task Admin_should_create_a_hook_show_its_secret_once_and_replay_a_delivery_with_the_same_key()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        await AdminClient.AddUserAsync(storage, hooks.Tenant, "admin@hooks.test", "Admin");
        await AdminClient.AddUserAsync(storage, hooks.Tenant, "editor@hooks.test", "Editor");
        var admin = await AdminClient.SignInAsync(host.Client(), "hooks", "admin@hooks.test");
        var editor = await AdminClient.SignInAsync(host.Client(), "hooks", "editor@hooks.test");

        var refused = await admin.PostFormAsync("/webhooks", "/webhooks", [new("Url", "http://user:pw@example.com/"), new("Events", WebhookEvents.ArticlePublished)]);
        var created = await admin.PostFormAsync("/webhooks", "/webhooks", [new("Url", receiver.Url), new("Events", WebhookEvents.ArticlePublished), new("Events", WebhookEvents.ArticleUpdated)]);
        var createdHtml = await created.Content.ReadAsStringAsync();
        var secret = SecretPattern().Match(createdHtml).Groups[1].Value;
        var list = await admin.PageAsync("/webhooks");
        var hookId = int.Parse(HookLinkPattern().Match(list).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var forEditor = await editor.GetAsync("/webhooks");
        Assert.True(created.StatusCode == HttpStatusCode.OK, createdHtml);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        await hooks.Content.ArticleAsync(ContentSeed.Draft("Rénovation globale"));
        await hooks.DeliverAsync();
        var detail = await admin.PageAsync($"/webhooks/{hookId}");
        var deliveryId = (await hooks.DeliveriesAsync())[0].Id;
        var replay = await admin.PostFormAsync($"/webhooks/{hookId}", $"/webhooks/{hookId}/deliveries/{deliveryId}/replay", []);
        await hooks.DeliverAsync();
        var deliveries = await hooks.DeliveriesAsync();
        var disable = await admin.PostFormAsync($"/webhooks/{hookId}", $"/webhooks/{hookId}/disable", []);
        var disabledHook = await hooks.HookAsync(hookId);
        var delete = await admin.PostFormAsync($"/webhooks/{hookId}", $"/webhooks/{hookId}/delete", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("user name or password", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Contains(receiver.Url, list, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, forEditor.StatusCode);
        Assert.Contains("article.published", detail, StringComparison.Ordinal);
        Assert.Contains("200", detail, StringComparison.Ordinal);
        AdminClient.AssertNoMissingText(detail);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        var posts = receiver.Received.ToList();
        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(p => p.IdempotencyKey).Distinct());
        Assert.All(posts, p => Assert.True(WebhookSignature.Verify(secret, p.Signature, p.Body, hooks.Clock.GetUtcNow(), TimeSpan.FromMinutes(5))));
        Assert.Equal((WebhookDeliveryState.Delivered, (int?)deliveryId), (deliveries[1].State, deliveries[1].ReplayOf));
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.False(disabledHook!.Active);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Null(await hooks.HookAsync(hookId));
        Assert.Empty(await hooks.DeliveriesAsync());
    }

    [GeneratedRegex("<code class=\"secret\">(whsec_[A-Za-z0-9_-]+)</code>")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("/admin/webhooks/(\\d+)\"")]
    private static partial Regex HookLinkPattern();
}
