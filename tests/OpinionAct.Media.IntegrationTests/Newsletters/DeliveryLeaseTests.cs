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
}
