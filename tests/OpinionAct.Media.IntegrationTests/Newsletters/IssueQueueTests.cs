using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>Queueing an issue: once only, something to send, and scheduled issues picked up by the worker.</summary>
public sealed class IssueQueueTests
{
    [Fact]
    public async Task Queue_should_refuse_a_second_send_and_an_issue_with_nothing_to_send()
    {
        await using var storage = await TestStorage.CreateAsync();
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings(), worker: false);
        var seed = new IssueSeed(host, await host.CreateTenantAsync(prefix: "twice"));
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 3);
        var issue = await seed.IssueAsync(newsletter);
        var article = await seed.Content.ArticleAsync(ContentSeed.Draft("Bientôt retiré"));
        var digestOnly = await seed.IssueAsync(newsletter, subject: "Digest", body: string.Empty, articles: [article]);
        await seed.Content.InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<OpinionAct.Media.Web.Content.ArticleService>().UnpublishAsync(article, ContentSeed.Editor, default);
            return 0;
        });

        await seed.QueueAsync(issue);
        var again = await Assert.ThrowsAsync<MediaValidationException>(() => seed.QueueAsync(issue));
        var empty = await Assert.ThrowsAsync<MediaValidationException>(() => seed.QueueAsync(digestOnly));

        Assert.Contains("already being sent", again.Message, StringComparison.Ordinal);
        Assert.Contains("nothing to send", empty.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await seed.DeliveriesAsync(issue)).Count);
        Assert.Empty(await seed.DeliveriesAsync(digestOnly));
    }

    [Fact]
    public async Task Worker_should_queue_and_send_a_scheduled_issue_when_its_time_comes()
    {
        await using var storage = await TestStorage.CreateAsync();
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings());
        var seed = new IssueSeed(host, await host.CreateTenantAsync(prefix: "planned"));
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 4);
        var issue = await seed.IssueAsync(newsletter);

        await seed.Content.InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<IssueService>().ScheduleAsync(issue, DateTimeOffset.UtcNow.AddSeconds(1.5), default);
            return 0;
        });
        var before = await seed.ProgressAsync(issue);
        var progress = await seed.SentAsync(issue, TimeSpan.FromSeconds(30));

        Assert.Equal(("Scheduled", 0), (before.Status, before.Total));
        Assert.Equal(4, progress.Sent);
    }

    [Fact]
    public async Task Worker_should_return_a_scheduled_issue_to_draft_when_it_has_nothing_left_to_send()
    {
        await using var storage = await TestStorage.CreateAsync();
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings());
        var seed = new IssueSeed(host, await host.CreateTenantAsync(prefix: "emptied"));
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 2);
        var article = await seed.Content.ArticleAsync(ContentSeed.Draft("Retiré avant l'envoi"));
        var issue = await seed.IssueAsync(newsletter, body: string.Empty, articles: [article]);

        await seed.Content.InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<IssueService>().ScheduleAsync(issue, DateTimeOffset.UtcNow.AddSeconds(1), default);
            await sp.GetRequiredService<OpinionAct.Media.Web.Content.ArticleService>().UnpublishAsync(article, ContentSeed.Editor, default);
            return 0;
        });
        await Eventually.TrueAsync(async () => (await seed.ProgressAsync(issue)).Status == nameof(IssueStatus.Draft), TimeSpan.FromSeconds(30), "back to draft");

        Assert.Empty(await seed.DeliveriesAsync(issue));
        Assert.Equal(0, sink.Count);
    }
}
