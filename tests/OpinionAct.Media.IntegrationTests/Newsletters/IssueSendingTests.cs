using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>Sending issues through the queue and the worker, over real SMTP conversations.</summary>
public sealed class IssueSendingTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    /// <summary>
    /// A host whose worker polls fast and retries soon; the worker off when <paramref name="worker"/> is false;
    /// leases and retries judged by <paramref name="clock"/> when given.
    /// </summary>
    internal static MediaHost Host(TestStorage storage, IEnumerable<KeyValuePair<string, string?>> smtp, bool worker = true, TimeProvider? clock = null, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>(smtp)
        {
            ["Media:Newsletters:Sending:Enabled"] = worker ? "true" : "false",
            ["Media:Newsletters:Sending:PollInterval"] = "00:00:00.100",
            ["Media:Newsletters:Sending:RetryBaseDelay"] = "00:00:00.200",
            ["Media:Newsletters:Sending:BatchSize"] = "7",
            ["Media:Newsletters:Sending:Concurrency"] = "3",
            ["Media:Newsletters:Sending:MessagesPerSecond"] = "0",
            ["Media:Subscriptions:PublicBaseUrl"] = "https://media.example",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return new MediaHost(storage, settings, clock);
    }

    internal static async Task<TenantDescriptor> TenantAsync(MediaHost host, string name) =>
        await host.Get<ITenantStore>().FindAsync(name, default) ?? throw new InvalidOperationException(name);

    private static string Recipient(MimeMessage message) => message.To.Mailboxes.Single().Address;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Send_should_mail_each_confirmed_subscriber_exactly_once_with_every_header_when_an_issue_is_queued(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        await using var host = Host(storage, sink.Settings());
        var name = await host.CreateTenantAsync(prefix: "lettres");
        var seed = new IssueSeed(host, name);
        var topic = await seed.Content.TopicAsync("Réseaux");
        var article = await seed.Content.ArticleAsync(ContentSeed.Draft("Le mur des raccordements", topics: ["reseaux"]));
        var newsletter = await seed.NewsletterAsync();
        var confirmed = await seed.SubscribersAsync(newsletter, 25);
        await seed.SubscribersAsync(newsletter, 3, SubscriptionState.Pending, from: 100);
        await seed.SubscribersAsync(newsletter, 2, SubscriptionState.Unsubscribed, from: 200);
        await seed.SubscribersAsync(newsletter, 2, from: 300, suppressed: true);
        var issue = await seed.IssueAsync(newsletter, articles: [article]);

        var queued = await seed.QueueAsync(issue);
        var progress = await seed.SentAsync(issue);

        Assert.Equal(25, queued);
        Assert.Equal((25, 25, 0, 0, 0, 0), (progress.Total, progress.Sent, progress.Failed, progress.Skipped, progress.Pending, progress.Sending));
        await Task.Delay(300);
        var messages = sink.Messages;
        Assert.Equal(25, messages.Count);
        Assert.Equal(Enumerable.Range(0, 25).Select(IssueSeed.Address).Order(), messages.Select(Recipient).Order());
        var deliveries = await seed.DeliveriesAsync(issue);
        var key = await seed.Content.InTenantAsync(async sp => (await sp.GetRequiredService<IssueService>().FindAsync(issue, default))!.MessageKey);
        foreach (var message in messages)
        {
            var subscriberId = deliveries.Single(d => d.Email == Recipient(message)).SubscriberId;
            Assert.Equal("Le réseau sous tension", message.Subject);
            Assert.Equal("Énergies Claires", message.From.Mailboxes.Single().Name);
            Assert.Equal("lettre@energies.example", message.From.Mailboxes.Single().Address);
            Assert.Equal("redaction@energies.example", message.ReplyTo.Mailboxes.Single().Address);
            Assert.Equal($"issue-{issue}.{subscriberId}.{key}@energies.example", message.MessageId);
            Assert.True(message.Date > DateTimeOffset.UtcNow.AddMinutes(-5), "Date header");
            var unsubscribe = message.Headers["List-Unsubscribe"];
            Assert.StartsWith("<https://media.example/lettres/newsletters/unsubscribe?token=", unsubscribe, StringComparison.Ordinal);
            Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
            Assert.Equal($"\"La lettre du mardi\" <hebdo.{name}.energies.example>", message.Headers["List-Id"]);
            Assert.Equal($"{issue}:hebdo:{name}:opinionact", message.Headers["Feedback-ID"]);
            Assert.Equal("bulk", message.Headers["Precedence"]);
            Assert.Contains("https://media.example/lettres/newsletters/manage?token=", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("https://media.example/lettres/newsletters/manage?token=", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("placeholder.invalid", message.HtmlBody + message.TextBody, StringComparison.Ordinal);

            // The bodies are encoded once per pass but for the lines with the reader's links: each message carries its own
            // reader's unsubscribe link (the same as its header), in 7-bit quoted-printable parts.
            Assert.Contains(unsubscribe![1..unsubscribe!.IndexOf('>', StringComparison.Ordinal)], message.TextBody, StringComparison.Ordinal);
            Assert.All(message.BodyParts.OfType<MimeKit.TextPart>(), part => Assert.Equal(MimeKit.ContentEncoding.QuotedPrintable, part.ContentTransferEncoding));
            Assert.Contains("<p style=\"margin:0 0 16px;\">Trois <strong>lectures</strong>", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("href=\"https://media.example/lettres/le-mur-des-raccordements\"", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("Réseaux", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("Trois lectures et un rapport (https://www.ademe.fr/).", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("**", message.TextBody, StringComparison.Ordinal);
        }

        Assert.Equal(25, messages.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(25, messages.Select(m => m.Headers["List-Unsubscribe"]).Distinct().Count());
        Assert.All(deliveries, d => Assert.Equal((DeliveryState.Sent, 1), (d.State, d.Attempts)));
        Assert.Equal(confirmed.Order(), deliveries.Select(d => d.SubscriberId).Order());
        Assert.True(topic > 0);
    }

    [Fact]
    public async Task Send_should_retry_a_4xx_reply_and_fail_a_5xx_reply_when_the_server_refuses_recipients()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var smtp = new ScriptedSmtpServer
        {
            OnRecipient = (address, attempt) => address switch
            {
                "reader00001@example.test" when attempt == 1 => "451 4.7.1 Greylisted, try again later",
                "reader00002@example.test" => "550 5.1.1 No such user",
                _ => null,
            },
        };
        await using var host = Host(storage, smtp.Settings());
        var seed = new IssueSeed(host, await host.CreateTenantAsync(prefix: "retry"));
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 5);
        var issue = await seed.IssueAsync(newsletter);

        await seed.QueueAsync(issue);
        var progress = await seed.SentAsync(issue);

        var deliveries = await seed.DeliveriesAsync(issue);
        var greylisted = deliveries.Single(d => d.Email == IssueSeed.Address(1));
        var refused = deliveries.Single(d => d.Email == IssueSeed.Address(2));
        Assert.Equal((4, 1, 0), (progress.Sent, progress.Failed, progress.Pending));
        Assert.Equal((DeliveryState.Sent, 2), (greylisted.State, greylisted.Attempts));
        Assert.Equal((DeliveryState.Failed, 1), (refused.State, refused.Attempts));
        Assert.Contains("550", refused.LastError, StringComparison.Ordinal);
        Assert.Equal(4, smtp.Count);
        Assert.Equal(4, smtp.Messages.Select(Recipient).Distinct().Count());
        Assert.DoesNotContain(IssueSeed.Address(2), smtp.Messages.Select(Recipient));
    }

    [Fact]
    public async Task Send_should_fail_a_recipient_when_transient_failures_exhaust_the_attempts()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var smtp = new ScriptedSmtpServer { OnRecipient = (address, _) => address == IssueSeed.Address(0) ? "421 4.3.2 Service not available" : null };
        await using var host = Host(storage, smtp.Settings(), more: [("Media:Newsletters:Sending:MaxAttempts", "3"), ("Media:Newsletters:Sending:RetryBaseDelay", "00:00:00.050")]);
        var seed = new IssueSeed(host, await host.CreateTenantAsync(prefix: "exhaust"));
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 2);
        var issue = await seed.IssueAsync(newsletter);

        await seed.QueueAsync(issue);
        var progress = await seed.SentAsync(issue);

        var failed = (await seed.DeliveriesAsync(issue)).Single(d => d.Email == IssueSeed.Address(0));
        Assert.Equal((1, 1), (progress.Sent, progress.Failed));
        Assert.Equal((DeliveryState.Failed, 3), (failed.State, failed.Attempts));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Send_should_skip_subscribers_suppressed_or_unsubscribed_after_the_issue_was_queued(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        await using var host = Host(storage, sink.Settings(), worker: false);
        var name = await host.CreateTenantAsync(prefix: "skips");
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        var ids = await seed.SubscribersAsync(newsletter, 6);
        var issue = await seed.IssueAsync(newsletter);
        await seed.QueueAsync(issue);

        await seed.SuppressAsync(ids[1]);
        await seed.Content.InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<OpinionAct.Media.Data.Tenant.TenantDbContext>();
            var subscription = db.Subscriptions.Single(s => s.SubscriberId == ids[4]);
            subscription.State = SubscriptionState.Unsubscribed;
            return await db.SaveChangesAsync();
        });
        var result = await host.Get<IssueSender>().RunAsync(await TenantAsync(host, name), issue, default);

        var progress = await seed.ProgressAsync(issue);
        await Eventually.TrueAsync(() => Task.FromResult(sink.Count >= 4), TimeSpan.FromSeconds(10), "four messages");
        await Task.Delay(200);
        Assert.Equal((4, 0, 2, 0), (result.Sent, result.Failed, result.Skipped, result.Retried));
        Assert.Equal(("Sent", 4, 2), (progress.Status, progress.Sent, progress.Skipped));
        Assert.Equal(4, sink.Count);
        Assert.DoesNotContain(IssueSeed.Address(1), sink.Messages.Select(Recipient));
        Assert.DoesNotContain(IssueSeed.Address(4), sink.Messages.Select(Recipient));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Send_should_resume_without_duplicate_or_gap_when_a_worker_died_holding_leased_rows(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        var clock = new AdjustableClock();
        await using var host = Host(storage, sink.Settings(), worker: false, clock: clock);
        var name = await host.CreateTenantAsync(prefix: "resume");
        var tenant = await TenantAsync(host, name);
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 30);
        var issue = await seed.IssueAsync(newsletter);
        await seed.QueueAsync(issue);

        // A worker leased ten rows, sent and recorded four of them, then died: six rows stay leased to it.
        var leased = await seed.Content.InTenantAsync(sp => sp.GetRequiredService<DeliveryStore>().ClaimAsync(issue, "dead-node:1", TimeSpan.FromMinutes(2), 10, default));
        await using (var session = await host.Get<OpinionAct.Media.Newsletters.IMailTransport>().OpenAsync(name, default))
        {
            foreach (var row in leased.Take(4))
            {
                await session.SendAsync(new(new(null, "lettre@energies.example"), new(null, row.Email), "Le réseau sous tension", "<p>x</p>", "x"), default);
                await seed.Content.InTenantAsync(async sp => { await sp.GetRequiredService<DeliveryStore>().MarkSentAsync(row.Id, default); return 0; });
            }
        }

        var sender = host.Get<IssueSender>();
        var first = await sender.RunAsync(tenant, issue, default);
        var between = await seed.ProgressAsync(issue);
        clock.Advance(TimeSpan.FromMinutes(3)); // the dead worker's lease runs out, however slow the machine is
        var second = await sender.RunAsync(tenant, issue, default);
        var progress = await seed.ProgressAsync(issue);

        await Eventually.TrueAsync(() => Task.FromResult(sink.Count >= 30), TimeSpan.FromSeconds(10), "thirty messages");
        await Task.Delay(300);
        Assert.Equal(20, first.Sent);
        Assert.Equal(("Sending", 6), (between.Status, between.Sending));
        Assert.Equal(6, second.Sent);
        Assert.Equal(("Sent", 30), (progress.Status, progress.Sent));
        var recipients = sink.Messages.Select(Recipient).ToList();
        Assert.Equal(30, recipients.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(IssueSeed.Address).Order(), recipients.Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Send_should_share_one_queue_between_passes_running_at_once_without_mailing_anyone_twice(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var smtp = new ScriptedSmtpServer();
        await using var host = Host(storage, smtp.Settings(), worker: false);
        var name = await host.CreateTenantAsync(prefix: "shared");
        var tenant = await TenantAsync(host, name);
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 150);
        var issue = await seed.IssueAsync(newsletter);
        await seed.QueueAsync(issue);

        // Two passes at once stand for two nodes: each leases its own batches (SKIP LOCKED on PostgreSQL).
        var sender = host.Get<IssueSender>();
        var results = await Task.WhenAll(sender.RunAsync(tenant, issue, default), sender.RunAsync(tenant, issue, default));
        var progress = await seed.ProgressAsync(issue);

        Assert.Equal(150, results.Sum(r => r.Sent));
        Assert.Equal(("Sent", 150), (progress.Status, progress.Sent));
        Assert.Equal(150, smtp.Count);
        Assert.Equal(Enumerable.Range(0, 150).Select(IssueSeed.Address).Order(), smtp.Messages.Select(Recipient).Order());
    }
}
