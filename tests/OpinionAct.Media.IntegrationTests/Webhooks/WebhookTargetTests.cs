using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Content;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Webhooks;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.IntegrationTests.Webhooks;

/// <summary>Server-side request forgery: internal targets are refused when a hook is created and again on every connection.</summary>
public sealed class WebhookTargetTests
{
    [Theory]
    [InlineData("http://127.0.0.1/hook", "127.0.0.1")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254")]
    [InlineData("http://[::1]:8080/hook", "::1")]
    [InlineData("https://10.20.30.40/hook", "10.20.30.40")]
    [InlineData("http://192.168.1.10/hook", "192.168.1.10")]
    [InlineData("http://100.64.0.1/hook", "100.64.0.1")]
    [InlineData("http://[fd00:ec2::254]/hook", "fd00:ec2::254")]
    [InlineData("http://localhost:5000/hook", "localhost")]
    [InlineData("ftp://example.com/hook", "http and https")]
    [InlineData("file:///etc/passwd", "http and https")]
    [InlineData("http://user:secret@example.com/hook", "user name or password")]
    public async Task Create_should_refuse_an_internal_or_malformed_target_and_write_nothing(string url, string expected)
    {
        await using var storage = await TestStorage.CreateAsync();
        var hooks = await WebhookFixture.CreateAsync(storage, allowPrivate: false);
        await using var host = hooks.Host;

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => hooks.CreateHookAsync(url, WebhookEvents.ArticlePublished));

        Assert.Contains(expected, Assert.Single(error.Errors["Url"]), StringComparison.Ordinal);
        Assert.Empty(await hooks.InTenantAsync(sp => sp.GetRequiredService<WebhookService>().ListAsync(default)));
    }

    [Fact]
    public async Task Create_should_accept_a_public_address_and_refuse_unknown_events()
    {
        await using var storage = await TestStorage.CreateAsync();
        var hooks = await WebhookFixture.CreateAsync(storage, allowPrivate: false);
        await using var host = hooks.Host;

        var created = await hooks.CreateHookAsync("https://93.184.216.34/hooks/media", WebhookEvents.IssueSent, WebhookEvents.ArticlePublished);
        var unknown = await Assert.ThrowsAsync<ContentValidationException>(() => hooks.CreateHookAsync("https://93.184.216.34/", "article.deleted"));
        var none = await Assert.ThrowsAsync<ContentValidationException>(() => hooks.CreateHookAsync("https://93.184.216.34/"));

        Assert.Equal("article.published,issue.sent", created.Hook.Events);
        Assert.StartsWith("whsec_", created.Secret, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Secret, created.Hook.ProtectedSecret, StringComparison.Ordinal);
        Assert.Contains("article.deleted", unknown.Errors["Events"][0], StringComparison.Ordinal);
        Assert.True(none.Errors.ContainsKey("Events"));
    }

    [Fact]
    public async Task Sender_should_refuse_at_connection_time_a_name_that_resolves_to_loopback()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var guard = new WebhookTargetGuard(Options.Create(new WebhookOptions()));
        using var sender = new WebhookSender(guard, Options.Create(new WebhookOptions()));
        var port = new Uri(receiver.Url).Port;

        var byName = await sender.SendAsync($"http://localhost:{port}/hook", "whsec_x", "evt_1", "{}", DateTimeOffset.UtcNow, default);
        var byAddress = await sender.SendAsync(receiver.Url, "whsec_x", "evt_2", "{}", DateTimeOffset.UtcNow, default);

        Assert.Equal(0, byName.Status);
        Assert.Contains("loopback, private, link-local or metadata", byName.Error, StringComparison.Ordinal);
        Assert.Equal(0, byAddress.Status);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task Sender_should_refuse_a_name_that_was_public_when_checked_and_resolves_to_loopback_when_connecting()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var guard = new WebhookTargetGuard(Options.Create(new WebhookOptions()));
        var answers = new Queue<IPAddress>([IPAddress.Parse("93.184.216.34"), IPAddress.Loopback]);
        guard.Resolve = (_, _) => Task.FromResult(new[] { answers.Count > 0 ? answers.Dequeue() : IPAddress.Loopback });
        using var sender = new WebhookSender(guard, Options.Create(new WebhookOptions()));
        var url = $"http://rebind.example:{new Uri(receiver.Url).Port}/hook";

        var atCreation = await guard.CheckAsync(url, default);
        var atDelivery = await sender.SendAsync(url, "whsec_x", "evt_1", "{}", DateTimeOffset.UtcNow, default);

        Assert.Null(atCreation);
        Assert.Equal(0, atDelivery.Status);
        Assert.Contains("127.0.0.1", atDelivery.Error, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task Sender_should_reach_a_loopback_receiver_when_private_targets_are_allowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Options.Create(new WebhookOptions { AllowPrivateTargets = true });
        using var sender = new WebhookSender(new WebhookTargetGuard(options), options);

        var attempt = await sender.SendAsync($"http://localhost:{new Uri(receiver.Url).Port}/hook", "whsec_x", "evt_1", "{}", DateTimeOffset.UtcNow, default);

        Assert.Equal(200, attempt.Status);
        Assert.Equal("evt_1", Assert.Single(receiver.Received).IdempotencyKey);
    }
}
