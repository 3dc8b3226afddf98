using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>A worker whose SMTP answer arrives after its lease passed to another worker must not reopen the row.</summary>
public sealed class DeliveryLeaseTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Late_answer_should_not_reopen_or_fail_a_row_another_worker_leased_or_sent_since(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        var clock = new AdjustableClock();
        await using var host = IssueSendingTests.Host(storage, sink.Settings(), worker: false, clock: clock);
        var name = await host.CreateTenantAsync(prefix: "lease");
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 2);
        var issue = await seed.IssueAsync(newsletter);
        await seed.QueueAsync(issue);
        Task<T> Store<T>(Func<DeliveryStore, Task<T>> work) => seed.Content.InTenantAsync(sp => work(sp.GetRequiredService<DeliveryStore>()));

        // The slow worker's lease runs out; a second worker takes both rows.
        var slow = await Store(s => s.ClaimAsync(issue, "slow-node:1", TimeSpan.FromMinutes(1), 2, default));
        clock.Advance(TimeSpan.FromMinutes(2));
        var fast = await Store(s => s.ClaimAsync(issue, "fast-node:1", TimeSpan.FromMinutes(5), 2, default));
        Assert.Equal(slow.Select(d => d.Id), fast.Select(d => d.Id));

        // The second worker sends the first row; then the slow worker's late 4xx for it, and its late 5xx for the other, arrive.
        Assert.True(await Store(s => s.MarkSentAsync(fast[0].Id, default)));
        var retried = await Store(s => s.MarkRetryAsync(slow[0].Id, "slow-node:1", TimeSpan.Zero, "421 try later", default));
        var failed = await Store(s => s.MarkFailedAsync(slow[1].Id, "slow-node:1", "550 no such user", default));

        Assert.False(retried);
        Assert.False(failed);
        var rows = await seed.DeliveriesAsync(issue);
        Assert.Equal(DeliveryState.Sent, rows[0].State);
        Assert.Equal((DeliveryState.Sending, "fast-node:1"), (rows[1].State, rows[1].LeaseOwner));
        Assert.True(await Store(s => s.MarkFailedAsync(fast[1].Id, "fast-node:1", "550 no such user", default)));
        Assert.False(await Store(s => s.MarkSentAsync(fast[1].Id, default)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Batch_sent_mark_should_settle_open_rows_and_leave_rows_settled_elsewhere_when_given_several_ids(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        var clock = new AdjustableClock();
        await using var host = IssueSendingTests.Host(storage, sink.Settings(), worker: false, clock: clock);
        var name = await host.CreateTenantAsync(prefix: "marks");
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 4);
        var issue = await seed.IssueAsync(newsletter);
        await seed.QueueAsync(issue);
        Task<T> Store<T>(Func<DeliveryStore, Task<T>> work) => seed.Content.InTenantAsync(sp => work(sp.GetRequiredService<DeliveryStore>()));
        var claimed = await Store(s => s.ClaimAsync(issue, "node:1", TimeSpan.FromMinutes(5), 4, default));

        // Row 3 failed for good meanwhile (another worker's 5xx): a late 250 must not turn it into "sent".
        Assert.True(await Store(s => s.MarkFailedAsync(claimed[2].Id, "node:1", "550 no such user", default)));
        var settled = await Store(s => s.MarkSentAsync(claimed.Select(c => c.Id).ToList(), default));

        Assert.Equal(new[] { claimed[0].Id, claimed[1].Id, claimed[3].Id }, settled.Order());
        var rows = await seed.DeliveriesAsync(issue);
        Assert.Equal([DeliveryState.Sent, DeliveryState.Sent, DeliveryState.Failed, DeliveryState.Sent], rows.Select(r => r.State));
        var now = clock.GetUtcNow().UtcDateTime;
        Assert.All(rows.Where(r => r.State == DeliveryState.Sent), r =>
        {
            Assert.Null(r.LeaseOwner);
            Assert.InRange(r.SentUtc!.Value, now.AddMilliseconds(-1), now.AddMilliseconds(1));
        });
        Assert.Empty(await Store(s => s.MarkSentAsync(new[] { claimed[0].Id }, default)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Sent_marks_should_share_statements_and_answer_each_row_when_lanes_mark_at_once(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings(), worker: false);
        var name = await host.CreateTenantAsync(prefix: "group");
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 60);
        var issue = await seed.IssueAsync(newsletter);
        await seed.QueueAsync(issue);
        var claimed = await seed.Content.InTenantAsync(sp => sp.GetRequiredService<DeliveryStore>().ClaimAsync(issue, "node:1", TimeSpan.FromMinutes(5), 60, default));
        await seed.Content.InTenantAsync(sp => sp.GetRequiredService<DeliveryStore>().MarkSentAsync(claimed[0].Id, default));

        var (answers, statements) = await seed.Content.InTenantAsync(async sp =>
        {
            var marks = new SentMarks(sp.GetRequiredService<DeliveryStore>());
            var pending = claimed.Select(c => marks.MarkAsync(c.Id)).ToList();
            var results = await Task.WhenAll(pending);
            await marks.DisposeAsync();
            await Assert.ThrowsAsync<InvalidOperationException>(() => marks.MarkAsync(claimed[0].Id));
            return (results, marks.Statements);
        });

        Assert.False(answers[0]);
        Assert.All(answers.Skip(1), Assert.True);
        Assert.InRange(statements, 1, 59);
        Assert.All(await seed.DeliveriesAsync(issue), r => Assert.Equal(DeliveryState.Sent, r.State));
    }
}
