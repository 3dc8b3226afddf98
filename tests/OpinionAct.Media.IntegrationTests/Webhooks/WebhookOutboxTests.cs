using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.IntegrationTests.Webhooks;

/// <summary>The outbox: an event is written by the change's own transaction, or not at all; tenants without hooks get none.</summary>
public sealed class WebhookOutboxTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Outbox_should_write_one_event_per_committed_change_and_none_for_a_failed_one(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        var hook = await hooks.CreateHookAsync("http://127.0.0.1:9/hook", WebhookEvents.ArticlePublished, WebhookEvents.ArticleUpdated, WebhookEvents.ArticleCorrected, WebhookEvents.ArticleUnpublished);
        var id = await hooks.Content.ArticleAsync(ContentSeed.Draft("Pompes à chaleur"), publish: true);

        // A change whose save fails (a second topic with a taken slug rides in the same SaveChanges) writes no event.
        await hooks.Content.TopicAsync("Énergie", "energie");
        var failed = await Record.ExceptionAsync(() => hooks.InTenantAsync(async sp =>
        {
            sp.GetRequiredService<TenantDbContext>().Topics.Add(new TopicRecord { Name = "Doublon", Slug = "energie" });
            var draft = ArticleService.ToDraft(await sp.GetRequiredService<ArticleService>().LoadAsync(id, default)) with { Title = "Titre jamais enregistré" };
            return await sp.GetRequiredService<ArticleService>().SaveAsync(id, draft, ContentSeed.Editor, default);
        }));
        var afterFailure = await hooks.EventsAsync();

        // A committed correction writes article.updated and article.corrected; unpublishing writes article.unpublished.
        await hooks.InTenantAsync(async sp =>
        {
            var articles = sp.GetRequiredService<ArticleService>();
            var draft = ArticleService.ToDraft(await articles.LoadAsync(id, default));
            await articles.SaveAsync(id, draft with { Corrections = [new CorrectionEntry(hooks.Clock.GetUtcNow(), "Le rendement était de 3, pas de 4.")] }, ContentSeed.Editor, default);
            return await articles.UnpublishAsync(id, ContentSeed.Editor, default);
        });
        var events = await hooks.EventsAsync();
        var deliveries = await hooks.DeliveriesAsync();

        Assert.NotNull(failed);
        Assert.Equal([WebhookEvents.ArticlePublished], afterFailure.Select(e => e.Event));
        // The test's clock stands still, so every event has the same time: compare them as a set.
        Assert.Equal(new[] { WebhookEvents.ArticlePublished, WebhookEvents.ArticleUpdated, WebhookEvents.ArticleCorrected, WebhookEvents.ArticleUnpublished }.Order(StringComparer.Ordinal), events.Select(e => e.Event).Order(StringComparer.Ordinal));
        Assert.All(deliveries, d => Assert.Equal((hook.Hook.Id, WebhookDeliveryState.Pending), (d.HookId, d.State)));
        Assert.Equal(events.Select(e => e.Id).Order(StringComparer.Ordinal), deliveries.Select(d => d.EventId).Order(StringComparer.Ordinal));
        Assert.Contains("Le rendement était de 3", events.Single(e => e.Event == WebhookEvents.ArticleCorrected).DataJson, StringComparison.Ordinal);
        Assert.All(events, e => Assert.Contains($"\"id\":{id}", e.DataJson, StringComparison.Ordinal));
        Assert.DoesNotContain("Titre jamais enregistré", string.Concat(events.Select(e => e.DataJson)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_should_write_unpublished_for_a_public_article_and_published_when_the_scheduler_publishes_it()
    {
        await using var storage = await TestStorage.CreateAsync();
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        await hooks.CreateHookAsync("http://127.0.0.1:9/hook", WebhookEvents.ArticlePublished, WebhookEvents.ArticleUnpublished);
        var id = await hooks.Content.ArticleAsync(ContentSeed.Draft("Report"), publish: true);

        await hooks.InTenantAsync(sp => sp.GetRequiredService<ArticleService>().PublishAsync(id, ContentSeed.Editor, hooks.Clock.GetUtcNow().AddHours(2), default));
        var rescheduled = await hooks.EventsAsync();
        hooks.Clock.Advance(TimeSpan.FromHours(3));
        var published = await hooks.InTenantAsync(sp => sp.GetRequiredService<ArticleService>().PublishDueAsync(default));
        var events = await hooks.EventsAsync();

        Assert.Equal(2, rescheduled.Count);
        Assert.Contains("\"status\":\"scheduled\"", rescheduled.Single(e => e.Event == WebhookEvents.ArticleUnpublished).DataJson, StringComparison.Ordinal);
        Assert.Equal(1, published);
        Assert.Equal(2, events.Count(e => e.Event == WebhookEvents.ArticlePublished));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unsubscribe_should_write_its_event_in_the_callers_transaction_and_lose_it_with_a_rollback(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        await hooks.CreateHookAsync("http://127.0.0.1:9/hook", WebhookEvents.SubscriberUnsubscribed, WebhookEvents.SubscriberConfirmed);
        var seed = new IssueSeed(host, hooks.Tenant);
        var newsletter = await seed.NewsletterAsync();
        var subscribers = await seed.SubscribersAsync(newsletter, 2);

        // Rolled back with the unsubscribe: no event.
        await Record.ExceptionAsync(() => hooks.InTenantAsync(sp => sp.GetRequiredService<SubscriberStore>().InTransactionAsync<int>(async ct =>
        {
            await sp.GetRequiredService<SubscriptionService>().UnsubscribeAsync(subscribers[0], newsletter, ct);
            throw new InvalidOperationException("the rest of the work failed");
        }, default)));
        var afterRollback = await hooks.EventsAsync();

        await hooks.InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<SubscriptionService>().UnsubscribeAsync(subscribers[1], newsletter, default);
            await sp.GetRequiredService<SubscriptionService>().UnsubscribeAsync(subscribers[1], newsletter, default);
            return await sp.GetRequiredService<SubscriptionService>().SavePreferencesAsync(subscribers[0], ["hebdo"], "test", default);
        });
        var events = await hooks.EventsAsync();

        Assert.Empty(afterRollback);
        Assert.Equal([WebhookEvents.SubscriberUnsubscribed], events.Select(e => e.Event));
        Assert.Contains(IssueSeed.Address(1), events[0].DataJson, StringComparison.Ordinal);
        Assert.Contains("\"newsletters\":[\"hebdo\"]", events[0].DataJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Confirm_should_write_subscriber_confirmed_once_for_the_double_opt_in_link(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        await hooks.CreateHookAsync("http://127.0.0.1:9/hook", WebhookEvents.SubscriberConfirmed);
        await new IssueSeed(host, hooks.Tenant).NewsletterAsync();
        var signup = await hooks.InTenantAsync(sp => sp.GetRequiredService<SubscriptionService>()
            .SignupAsync(new SignupRequest("lectrice@example.test", ["hebdo"], Data.Newsletters.ConsentSource.Form, "J'accepte."), default));
        var pending = await hooks.EventsAsync();
        var nonce = await hooks.InTenantAsync(async sp => (await sp.GetRequiredService<ConsentStore>().FindAsync(signup.ConsentToMail!.Value, default))!.Nonce!);

        var first = await hooks.InTenantAsync(sp => sp.GetRequiredService<SubscriptionService>().ConfirmAsync(signup.ConsentToMail!.Value, nonce, default));
        var second = await hooks.InTenantAsync(sp => sp.GetRequiredService<SubscriptionService>().ConfirmAsync(signup.ConsentToMail!.Value, nonce, default));
        var events = await hooks.EventsAsync();

        Assert.Empty(pending);
        Assert.NotNull(first);
        Assert.Null(second);
        var evt = Assert.Single(events);
        Assert.Equal(WebhookEvents.SubscriberConfirmed, evt.Event);
        Assert.Contains("lectrice@example.test", evt.DataJson, StringComparison.Ordinal);
        Assert.Contains("\"newsletters\":[\"hebdo\"]", evt.DataJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_should_stage_nothing_when_no_active_hook_wants_the_event()
    {
        await using var storage = await TestStorage.CreateAsync();
        var hooks = await WebhookFixture.CreateAsync(storage);
        await using var host = hooks.Host;
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Sans webhook"));
        var other = await hooks.CreateHookAsync("http://127.0.0.1:9/hook", WebhookEvents.IssueSent);
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Autre événement"));
        var disabled = await hooks.CreateHookAsync("http://127.0.0.1:9/hook", WebhookEvents.ArticlePublished);
        await hooks.InTenantAsync(sp => sp.GetRequiredService<Web.Webhooks.WebhookService>().SetActiveAsync(disabled.Hook.Id, false, default));
        await hooks.Content.ArticleAsync(ContentSeed.Draft("Webhook désactivé"));

        Assert.Empty(await hooks.EventsAsync());
        Assert.True((await hooks.HookAsync(other.Hook.Id))!.Active);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Issue_sent_should_be_written_once_when_the_issue_completes(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        var clock = new AdjustableClock();
        var settings = WebhookFixture.Settings();
        foreach (var (key, value) in sink.Settings())
        {
            settings[key] = value;
        }

        settings["Media:Newsletters:Sending:Enabled"] = "false";
        await using var host = new MediaHost(storage, settings, clock);
        var name = await host.CreateTenantAsync(prefix: "sent");
        var hooks = new WebhookFixture(host, name, clock);
        await hooks.CreateHookAsync("http://127.0.0.1:9/hook", WebhookEvents.IssueSent);
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 3);
        var issue = await seed.IssueAsync(newsletter);
        await seed.QueueAsync(issue);
        await hooks.InTenantAsync(async sp =>
        {
            var store = sp.GetRequiredService<Data.Newsletters.DeliveryStore>();
            foreach (var row in await store.ClaimAsync(issue, "node:1", TimeSpan.FromMinutes(1), 10, default))
            {
                await store.MarkSentAsync(row.Id, default);
            }

            return await store.CompleteIfDoneAsync(issue, default) && !await store.CompleteIfDoneAsync(issue, default);
        });

        var events = await hooks.EventsAsync();
        Assert.Equal([WebhookEvents.IssueSent], events.Select(e => e.Event));
        Assert.Contains("\"sent\":3", events[0].DataJson, StringComparison.Ordinal);
        Assert.Contains("\"newsletter\":\"hebdo\"", events[0].DataJson, StringComparison.Ordinal);
    }
}
