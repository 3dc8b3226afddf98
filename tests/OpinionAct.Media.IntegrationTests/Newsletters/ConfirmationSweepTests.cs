using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>The confirmation queue lives in memory; the sweep sends what a dead process left unsent, once.</summary>
public sealed class ConfirmationSweepTests
{
    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Sweep_should_send_a_confirmation_lost_with_its_process_exactly_once_and_leave_fresh_ones_to_the_queue(string provider)
    {
        await using var h = await SubscriptionHost.StartAsync(provider);
        var now = DateTime.UtcNow;
        var lost = await PendingConsentAsync(h, "lost@reader.example", queuedUtc: now.AddMinutes(-30));
        var fresh = await PendingConsentAsync(h, "fresh@reader.example", queuedUtc: now);
        var worker = h.Host.Services.GetServices<IHostedService>().OfType<ConfirmationMailWorker>().Single();
        var tenant = h.Host.Get<TenantRegistry>().Table.Tenants.Single(t => t.Name == h.Tenant);

        await worker.SweepTenantAsync(tenant, CancellationToken.None);
        await h.WaitForMailAsync(1, "lost@reader.example");
        await Eventually.TrueAsync(
            async () => (await h.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync(c => c.Id == lost))).ConfirmationMailedUtc is not null,
            TimeSpan.FromSeconds(10),
            "the accepted confirmation recorded as mailed");
        await worker.SweepTenantAsync(tenant, CancellationToken.None);
        await Task.Delay(500);

        Assert.Single(h.Sink.Messages, m => m.To.Mailboxes.Any(b => b.Address == "lost@reader.example"));
        Assert.DoesNotContain(h.Sink.Messages, m => m.To.Mailboxes.Any(b => b.Address == "fresh@reader.example"));
        var recorded = await h.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync(c => c.Id == lost));
        Assert.Equal(1, recorded.ConfirmationAttempts);
        Assert.Equal(0, (await h.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync(c => c.Id == fresh))).ConfirmationAttempts);
    }

    [Fact]
    public async Task Sweep_should_not_send_a_confirmation_whose_attempts_are_used_up_or_whose_link_has_expired()
    {
        await using var h = await SubscriptionHost.StartAsync();
        var now = DateTime.UtcNow;
        var options = h.Host.Get<Microsoft.Extensions.Options.IOptions<SubscriptionOptions>>().Value;
        await PendingConsentAsync(h, "refused@reader.example", queuedUtc: now.AddMinutes(-30), attempts: options.ConfirmationMaxAttempts);
        await PendingConsentAsync(h, "expired@reader.example", queuedUtc: now - options.ConfirmationLifetime - TimeSpan.FromMinutes(1));
        var worker = h.Host.Services.GetServices<IHostedService>().OfType<ConfirmationMailWorker>().Single();
        var tenant = h.Host.Get<TenantRegistry>().Table.Tenants.Single(t => t.Name == h.Tenant);

        await worker.SweepTenantAsync(tenant, CancellationToken.None);
        await Task.Delay(500);

        Assert.Equal(0, h.Sink.Count);
    }

    /// <summary>A pending request as the signup leaves it just before its process dies: queued, never accepted by SMTP.</summary>
    private static Task<int> PendingConsentAsync(SubscriptionHost h, string email, DateTime queuedUtc, int attempts = 0) =>
        h.DbAsync(async db =>
        {
            var newsletter = await db.Newsletters.SingleAsync(n => n.Slug == "hebdo");
            var subscriber = new SubscriberRecord { Email = email, CreatedUtc = queuedUtc };
            subscriber.Subscriptions.Add(new SubscriptionRecord { NewsletterId = newsletter.Id, State = SubscriptionState.Pending, RequestedUtc = queuedUtc });
            db.Subscribers.Add(subscriber);
            await db.SaveChangesAsync();
            var consent = new SubscriberConsentRecord
            {
                SubscriberId = subscriber.Id,
                Newsletters = "hebdo",
                ConsentText = "J'accepte de recevoir La lettre hebdo.",
                Source = ConsentSource.Api,
                RequestedUtc = queuedUtc,
                Nonce = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                ConfirmationSentUtc = queuedUtc,
                ConfirmationAttempts = attempts,
            };
            db.SubscriberConsents.Add(consent);
            await db.SaveChangesAsync();
            return consent.Id;
        });
}
